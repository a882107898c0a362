/*
 * mon_opts: parsing of option values.  Sizes are a decimal number of bytes
 * with an optional K, M or G suffix (powers of 1024; a trailing "B" or "iB"
 * is accepted).  Durations are seconds with an optional fraction.
 */
#include "mon_opts.h"

#include <ctype.h>
#include <string.h>

/* Parses leading decimal digits into *v; returns the digit count, or -1 on
 * overflow. */
static int digits(const char **s, uint64_t *v)
{
    int n = 0;
    *v = 0;
    while (isdigit((unsigned char)**s)) {
        unsigned d = (unsigned)(**s - '0');
        if (*v > (UINT64_MAX - d) / 10)
            return -1;
        *v = *v * 10 + d;
        (*s)++, n++;
    }
    return n;
}

int mon_opts_size(const char *s, uint64_t *out, const char **why)
{
    uint64_t v, mul = 1;
    int n = digits(&s, &v);
    if (n < 0) {
        *why = "number too large";
        return -1;
    }
    if (n == 0) {
        *why = "expected a number with an optional K, M or G suffix";
        return -1;
    }
    switch (toupper((unsigned char)*s)) {
    case 'K': mul = 1ull << 10; s++; break;
    case 'M': mul = 1ull << 20; s++; break;
    case 'G': mul = 1ull << 30; s++; break;
    default: break;
    }
    if (mul > 1 && (strcmp(s, "iB") == 0 || strcmp(s, "B") == 0))
        s += strlen(s);
    else if (mul == 1 && strcmp(s, "B") == 0)
        s++;
    if (*s) {
        *why = "expected a number with an optional K, M or G suffix";
        return -1;
    }
    if (v > UINT64_MAX / mul) {
        *why = "number too large";
        return -1;
    }
    *out = v * mul;
    return 0;
}

int mon_opts_seconds(const char *s, uint64_t *ns, const char **why)
{
    uint64_t whole, frac = 0, scale = 1000000000ull;
    int n = digits(&s, &whole);
    if (n < 0 || whole > 100000000ull) {
        *why = "too long (at most 100000000 seconds)";
        return -1;
    }
    if (*s == '.') {
        s++;
        while (isdigit((unsigned char)*s)) {
            if (scale > 1) {
                scale /= 10;
                frac += (uint64_t)(*s - '0') * scale;
            }
            s++, n++;
        }
    }
    if (n == 0 || *s) {
        *why = "expected a number of seconds";
        return -1;
    }
    *ns = whole * 1000000000ull + frac;
    if (*ns == 0) {
        *why = "must be more than 0";
        return -1;
    }
    return 0;
}

int mon_opts_valued(int argc, char **argv, int *i, const char *const *names,
                    size_t n, const char **name, const char **val)
{
    const char *a = argv[*i], *eq = strchr(a, '=');
    size_t len = eq ? (size_t)(eq - a) : strlen(a);
    *name = NULL;
    for (size_t k = 0; k < n; k++)
        if (strlen(names[k]) == len && strncmp(a, names[k], len) == 0)
            *name = names[k];
    if (!*name)
        return 0;
    if (eq)
        *val = eq + 1;
    else if (*i + 1 < argc)
        *val = argv[++*i];
    else
        return -1;
    return 1;
}
