/*
 * mon_opts: parsing of option values: sizes with K/M/G suffixes and
 * durations in seconds.  Each returns 0, or -1 with *why set.
 */
#ifndef MON_OPTS_H
#define MON_OPTS_H

#include <stddef.h>
#include <stdint.h>

int mon_opts_size(const char *s, uint64_t *out, const char **why);
int mon_opts_seconds(const char *s, uint64_t *ns, const char **why);

/* An option that takes a value, as "--opt VALUE" or "--opt=VALUE", one of
 * the n names in names[].  Looks at argv[*i]: returns 1 with *name and
 * *val set (and *i moved past a separate value), 0 if it is none of the
 * names, or -1 with *name set if its value is missing. */
int mon_opts_valued(int argc, char **argv, int *i, const char *const *names,
                    size_t n, const char **name, const char **val);

#endif
