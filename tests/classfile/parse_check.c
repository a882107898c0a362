/*
 * parse_check: runs the class-file parser (jvm/classfile.c) on each file
 * named on the command line, in one process, and prints one line per file:
 * "<status>\t<message>" (status as enum cf_status).  Built with ASan and
 * UBSan by tests/classfile/check.py, so every truncation of a class can be
 * checked in a fraction of a second.
 */
#include "classfile.h"

#include <stdio.h>
#include <stdlib.h>

static unsigned char *pc_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    unsigned char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            else buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        unsigned char *buf = pc_read(argv[i], &len);
        if (!buf) {
            printf("-1\tcannot read %s\n", argv[i]);
            continue;
        }
        /* An exact-size copy so ASan sees any read past the end. */
        unsigned char *exact = malloc(len ? len : 1);
        for (size_t k = 0; k < len; k++)
            exact[k] = buf[k];
        free(buf);
        struct cf_class *c = NULL;
        char err[256] = "";
        enum cf_status st = cf_parse(exact, len, &c, err, sizeof err);
        for (char *p = err; *p; p++)
            if (*p == '\n' || *p == '\t')
                *p = ' ';
        printf("%d\t%s\n", (int)st, st == CF_OK ? "" : err);
        if (st == CF_OK)
            cf_free(c);
        free(exact);
    }
    return 0;
}
