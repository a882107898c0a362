/*
 * pack_main.c: build/plinth-pack OUT DIR|JAR...: packs class files into a
 * class image file (include/plinth/classimg.h) with the monitor's packer,
 * monitor/mon_classimg.c.  The build uses it for the class library's
 * image, build/classlib.img, which `plinth run` places in every partition.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "mon_classimg.h"
#include "mon_jar.h"
#include "mon_part.h"

void mon_err(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("plinth-pack: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

uint64_t mon_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: plinth-pack OUT DIR|JAR...\n", stderr);
        return 2;
    }
    struct mon_classimg *ci = mon_classimg_new();
    if (!ci)
        return 1;
    for (int i = 2; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            mon_err("%s: no such file or directory", argv[i]);
            return 1;
        }
        if (S_ISDIR(st.st_mode)) {
            if (mon_classimg_add_dir(ci, argv[i]) < 0)
                return 1;
        } else {
            struct mon_jar *j = mon_jar_open(argv[i]);   /* kept to the end */
            if (!j || mon_jar_add_classes(j, ci) < 0)
                return 1;
        }
    }
    int64_t size = mon_classimg_layout(ci);
    if (size < 0)
        return 1;
    uint8_t *buf = calloc(1, size ? (size_t)size : 1);
    if (!buf || mon_classimg_write(ci, buf) < 0)
        return 1;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *f = fopen(tmp, "wb");
    if (!f || fwrite(buf, 1, (size_t)size, f) != (size_t)size || fclose(f) != 0 ||
        rename(tmp, argv[1]) != 0) {
        mon_err("%s: cannot write", argv[1]);
        return 1;
    }
    return 0;
}
