/*
 * pack_main.c: build/plinth-pack [--first LIST] OUT DIR|JAR...: packs class
 * files into a class image file (include/plinth/classimg.h) with the
 * monitor's packer, monitor/mon_classimg.c.  The build uses it for the
 * class library's image, build/classlib.img, which `plinth run` places in
 * every partition.  LIST names classes (one internal name a line, `#`
 * comments) whose bytes go first, together: the ones every JVM start-up
 * loads (jvm/partition/startup_classes.txt), so that start-up reads a few
 * adjacent pages of the image instead of one or two pages here and there
 * for each class (each first touch of a page costs an exit here).
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

/* The --first list: names, in order, with comments and blanks dropped. */
static char **read_list(const char *path, uint32_t *n)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        mon_err("%s: cannot open", path);
        return NULL;
    }
    char **names = NULL, line[1024];
    uint32_t cap = 0;
    *n = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "#\r\n")] = 0;
        char *b = line + strspn(line, " \t");
        b[strcspn(b, " \t")] = 0;
        if (!*b)
            continue;
        if (*n == cap) {
            cap = cap ? 2 * cap : 64;
            char **g = realloc(names, cap * sizeof *g);
            if (!g)
                break;
            names = g;
        }
        if (!(names[*n] = strdup(b)))
            break;
        (*n)++;
    }
    fclose(f);
    return names ? names : calloc(1, sizeof *names);
}

int main(int argc, char **argv)
{
    char **first = NULL;
    uint32_t nfirst = 0;
    if (argc > 2 && strcmp(argv[1], "--first") == 0) {
        if (!(first = read_list(argv[2], &nfirst)))
            return 1;
        argc -= 2;
        argv += 2;
    }
    if (argc < 3) {
        fputs("usage: plinth-pack [--first LIST] OUT DIR|JAR...\n", stderr);
        return 2;
    }
    struct mon_classimg *ci = mon_classimg_new();
    if (!ci)
        return 1;
    if (first)
        mon_classimg_put_first(ci, (const char *const *)first, nfirst);
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
