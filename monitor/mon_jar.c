/*
 * mon_jar: jar files, read on the host with zlib (never a hand-written
 * inflate).  The file is mapped read-only; the central directory is the
 * index (local headers are trusted only for the length of their name and
 * extra field); every offset and size is checked against the file before
 * use, and every inflated entry against its CRC-32, so a damaged jar is a
 * clear error and never a crash.  Zip64 and encrypted entries are refused.
 */
#include "mon_jar.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "mon_part.h"

#define EOCD_SIG  0x06054b50u
#define CDIR_SIG  0x02014b50u
#define LOCAL_SIG 0x04034b50u
#define ENTRY_MAX (256u << 20)   /* one inflated entry */

struct jar_ent {
    const char *name;          /* in the mapping, not NUL-terminated */
    uint16_t nlen, method;
    uint32_t crc, csize, usize, local;
};

struct mon_jar {
    char *path;
    const uint8_t *map;
    size_t size;
    struct jar_ent *e;
    uint32_t n;
};

static uint16_t le16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static struct mon_jar *fail(struct mon_jar *j, const char *why)
{
    mon_err("%s: corrupt jar file: %s", j->path, why);
    mon_jar_close(j);
    return NULL;
}

struct mon_jar *mon_jar_open(const char *path)
{
    struct mon_jar *j = calloc(1, sizeof *j);
    if (!j || !(j->path = strdup(path))) {
        free(j);
        mon_err("%s: out of memory", path);
        return NULL;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        mon_err("%s: cannot open jar file: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        mon_jar_close(j);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        mon_err("%s: not a jar file (not a regular file)", path);
        mon_jar_close(j);
        return NULL;
    }
    j->size = (size_t)st.st_size;
    if (j->size < 22) {
        close(fd);
        return fail(j, "too short to be a zip file");
    }
    void *m = mmap(NULL, j->size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        mon_err("%s: cannot map jar file: %s", path, strerror(errno));
        mon_jar_close(j);
        return NULL;
    }
    j->map = m;

    /* The end-of-central-directory record: in the last 64 KiB + 22. */
    const uint8_t *eocd = NULL;
    size_t lo = j->size > 65557 ? j->size - 65557 : 0;
    for (size_t at = j->size - 22 + 1; at-- > lo;)
        if (le32(j->map + at) == EOCD_SIG) {
            eocd = j->map + at;
            break;
        }
    if (!eocd)
        return fail(j, "no end of central directory (not a zip file?)");
    uint32_t count = le16(eocd + 10), cdsize = le32(eocd + 12),
             cdoff = le32(eocd + 16);
    if (count == 0xffff || cdoff == 0xffffffffu || cdsize == 0xffffffffu)
        return fail(j, "zip64 jars are not supported");
    if ((uint64_t)cdoff + cdsize > (uint64_t)(eocd - j->map))
        return fail(j, "central directory lies outside the file");
    j->e = calloc(count ? count : 1, sizeof *j->e);
    if (!j->e)
        return fail(j, "out of memory");
    const uint8_t *p = j->map + cdoff, *end = p + cdsize;
    for (uint32_t i = 0; i < count; i++) {
        if (end - p < 46 || le32(p) != CDIR_SIG)
            return fail(j, "bad central directory entry");
        struct jar_ent *e = &j->e[j->n];
        uint16_t flags = le16(p + 8);
        e->method = le16(p + 10);
        e->crc = le32(p + 16);
        e->csize = le32(p + 20);
        e->usize = le32(p + 24);
        e->nlen = le16(p + 28);
        uint32_t skip = 46u + e->nlen + le16(p + 30) + le16(p + 32);
        e->local = le32(p + 42);
        e->name = (const char *)p + 46;
        if ((uint64_t)(end - p) < skip)
            return fail(j, "central directory entry runs past its end");
        p += skip;
        if (flags & 1)
            return fail(j, "encrypted entries are not supported");
        if (e->csize == 0xffffffffu || e->usize == 0xffffffffu ||
            e->local == 0xffffffffu)
            return fail(j, "zip64 jars are not supported");
        j->n++;
    }
    return j;
}

void mon_jar_close(struct mon_jar *j)
{
    if (!j)
        return;
    if (j->map)
        munmap((void *)j->map, j->size);
    free(j->e);
    free(j->path);
    free(j);
}

/* Inflates (or copies) entry e into dst, which holds e->usize bytes. */
static int jar_read(struct mon_jar *j, const struct jar_ent *e, uint8_t *dst)
{
    char what[300];
    snprintf(what, sizeof what, "entry %.*s", (int)(e->nlen > 200 ? 200 : e->nlen),
             e->name);
    if ((uint64_t)e->local + 30 > j->size || le32(j->map + e->local) != LOCAL_SIG) {
        mon_err("%s: corrupt jar file: %s: bad local header", j->path, what);
        return -1;
    }
    uint64_t data = (uint64_t)e->local + 30 + le16(j->map + e->local + 26) +
                    le16(j->map + e->local + 28);
    if (data + e->csize > j->size) {
        mon_err("%s: corrupt jar file: %s lies outside the file", j->path, what);
        return -1;
    }
    if (e->usize > ENTRY_MAX) {
        mon_err("%s: %s is over %u MiB", j->path, what, ENTRY_MAX >> 20);
        return -1;
    }
    if (e->method == 0) {
        if (e->csize != e->usize) {
            mon_err("%s: corrupt jar file: %s: stored sizes differ", j->path, what);
            return -1;
        }
        memcpy(dst, j->map + data, e->usize);
    } else if (e->method == 8) {
        z_stream z = { 0 };
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            mon_err("%s: zlib: cannot start inflating", j->path);
            return -1;
        }
        z.next_in = (Bytef *)(j->map + data);
        z.avail_in = e->csize;
        z.next_out = dst;
        z.avail_out = e->usize;
        int zr = inflate(&z, Z_FINISH);
        uLong out = z.total_out;
        inflateEnd(&z);
        if (zr != Z_STREAM_END || out != e->usize) {
            mon_err("%s: corrupt jar file: %s does not inflate (%s)", j->path,
                    what, zr == Z_STREAM_END ? "wrong size" :
                    z.msg ? z.msg : "truncated");
            return -1;
        }
    } else {
        mon_err("%s: %s uses compression method %u (only stored and deflated "
                "are supported)", j->path, what, e->method);
        return -1;
    }
    if (crc32(0, dst, e->usize) != e->crc) {
        mon_err("%s: corrupt jar file: %s fails its CRC check", j->path, what);
        return -1;
    }
    return 0;
}

static int fill_entry(void *ctx, uint64_t idx, uint8_t *dst, uint64_t len)
{
    struct mon_jar *j = ctx;
    (void)len;
    return jar_read(j, &j->e[idx], dst);
}

int mon_jar_add_classes(struct mon_jar *j, struct mon_classimg *ci)
{
    for (uint32_t i = 0; i < j->n; i++) {
        const struct jar_ent *e = &j->e[i];
        if (e->nlen <= 6 || memcmp(e->name + e->nlen - 6, ".class", 6) != 0 ||
            (e->nlen >= 9 && memcmp(e->name, "META-INF/", 9) == 0))
            continue;
        if (e->usize > ENTRY_MAX) {
            mon_err("%s: entry %.*s is over %u MiB", j->path, (int)e->nlen,
                    e->name, ENTRY_MAX >> 20);
            return -1;
        }
        if (mon_classimg_add(ci, e->name, e->nlen - 6u, e->usize, fill_entry,
                             j, i) < 0)
            return -1;
    }
    return 0;
}

static int name_is(const struct jar_ent *e, const char *s)
{
    size_t n = strlen(s);
    if (e->nlen != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char a = e->name[i], b = s[i];
        if (a >= 'a' && a <= 'z')
            a = (char)(a - 32);
        if (b >= 'a' && b <= 'z')
            b = (char)(b - 32);
        if (a != b)
            return 0;
    }
    return 1;
}

char *mon_jar_manifest_attr(struct mon_jar *j, const char *key, int *bad)
{
    *bad = 0;
    const struct jar_ent *m = NULL;
    for (uint32_t i = 0; i < j->n && !m; i++)
        if (name_is(&j->e[i], "META-INF/MANIFEST.MF"))
            m = &j->e[i];
    if (!m)
        return NULL;
    if (m->usize > (1u << 20)) {
        mon_err("%s: the manifest is over 1 MiB", j->path);
        *bad = 1;
        return NULL;
    }
    char *text = malloc((size_t)m->usize + 1);
    if (!text || jar_read(j, m, (uint8_t *)text) < 0) {
        free(text);
        *bad = 1;
        return NULL;
    }
    text[m->usize] = 0;
    /* Main attributes end at the first empty line; a line that starts
     * with one space continues the one before. */
    size_t klen = strlen(key);
    char *val = NULL, *p = text;
    while (*p && *p != '\r' && *p != '\n') {
        char *eol = p + strcspn(p, "\r\n");
        if (!val && (size_t)(eol - p) > klen + 1 && strncasecmp(p, key, klen) == 0 &&
            p[klen] == ':') {
            size_t cap = (size_t)m->usize + 1, n = 0;
            val = malloc(cap);
            if (!val)
                break;
            char *q = p + klen + 1;
            for (;;) {
                memcpy(val + n, q, (size_t)(eol - q));
                n += (size_t)(eol - q);
                char *next = eol + (*eol == '\r' && eol[1] == '\n' ? 2 : *eol ? 1 : 0);
                if (*next != ' ') {
                    eol = next;
                    break;
                }
                q = next + 1;
                eol = q + strcspn(q, "\r\n");
            }
            val[n] = 0;
            p = eol;
            continue;
        }
        p = eol + (*eol == '\r' && eol[1] == '\n' ? 2 : *eol ? 1 : 0);
    }
    free(text);
    if (val) {   /* trim */
        char *s = val;
        while (*s == ' ' || *s == '\t')
            s++;
        memmove(val, s, strlen(s) + 1);
        size_t n = strlen(val);
        while (n && (val[n - 1] == ' ' || val[n - 1] == '\t'))
            val[--n] = 0;
    }
    return val;
}
