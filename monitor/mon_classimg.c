/*
 * mon_classimg: packs class files into one indexed, read-only class image
 * (include/plinth/classimg.h; docs/partition.md).
 *
 * Packing is two passes: entries are collected with their names and sizes
 * first (a directory walk only stats files; a jar lists its central
 * directory), then, once the layout is known, each entry's bytes are read
 * or inflated straight to their place in the destination, which is guest
 * memory at `plinth run`.  So a class is copied once, and nothing is held
 * in between.
 */
#include "mon_classimg.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mon_part.h"
#include "plinth/classimg.h"

struct ent {
    char *name;
    uint32_t nlen;
    uint32_t seq;              /* order added: the first one wins */
    uint64_t len;
    mon_classimg_fill_fn fill;
    void *ctx;
    uint64_t arg;
    uint64_t name_off, data_off;
    uint32_t first;            /* rank in the put-first list, 0 if absent */
};

struct mon_classimg {
    struct ent *e;
    uint32_t n, cap;
    char **owned;              /* file paths handed to fill_file */
    uint32_t nowned, capowned;
    uint64_t size;
    uint32_t *order;           /* entries in the order of their bytes */
    const char *const *first;  /* mon_classimg_put_first's list */
    uint32_t nfirst;
};

struct mon_classimg *mon_classimg_new(void)
{
    return calloc(1, sizeof(struct mon_classimg));
}

void mon_classimg_free(struct mon_classimg *ci)
{
    if (!ci)
        return;
    for (uint32_t i = 0; i < ci->n; i++)
        free(ci->e[i].name);
    for (uint32_t i = 0; i < ci->nowned; i++)
        free(ci->owned[i]);
    free(ci->e);
    free(ci->owned);
    free(ci->order);
    free(ci);
}

int mon_classimg_add(struct mon_classimg *ci, const char *name, size_t nlen,
                     uint64_t len, mon_classimg_fill_fn fill, void *ctx,
                     uint64_t arg)
{
    if (nlen == 0 || nlen > 65535 || memchr(name, 0, nlen))
        return 0;   /* not a name any class can have: never looked up */
    if (ci->n == ci->cap) {
        uint32_t cap = ci->cap ? ci->cap * 2 : 256;
        struct ent *e = realloc(ci->e, cap * sizeof *e);
        if (!e) {
            mon_err("class path: out of memory");
            return -1;
        }
        ci->e = e;
        ci->cap = cap;
    }
    char *copy = malloc(nlen + 1);
    if (!copy) {
        mon_err("class path: out of memory");
        return -1;
    }
    memcpy(copy, name, nlen);
    copy[nlen] = 0;
    ci->e[ci->n] = (struct ent){ .name = copy, .nlen = (uint32_t)nlen,
                                 .seq = ci->n, .len = len, .fill = fill,
                                 .ctx = ctx, .arg = arg };
    ci->n++;
    return 0;
}

/* ---- directories -------------------------------------------------------- */

static int fill_file(void *ctx, uint64_t arg, uint8_t *dst, uint64_t len)
{
    const char *path = ctx;
    (void)arg;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        mon_err("%s: %s", path, strerror(errno));
        return -1;
    }
    uint64_t got = 0;
    while (got < len) {
        ssize_t r = read(fd, dst + got, (size_t)(len - got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (uint64_t)r;
    }
    close(fd);
    if (got != len) {
        mon_err("%s: changed size while plinth read it", path);
        return -1;
    }
    return 0;
}

static int keep_path(struct mon_classimg *ci, char *path)
{
    if (ci->nowned == ci->capowned) {
        uint32_t cap = ci->capowned ? ci->capowned * 2 : 256;
        char **o = realloc(ci->owned, cap * sizeof *o);
        if (!o)
            return -1;
        ci->owned = o;
        ci->capowned = cap;
    }
    ci->owned[ci->nowned++] = path;
    return 0;
}

/* Walks dir/rel recursively; rel is "" or "a/b/". */
static int walk(struct mon_classimg *ci, const char *dir, const char *rel,
                int depth)
{
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, rel) >= sizeof path)
        return 0;
    DIR *d = opendir(path);
    if (!d)
        return 0;
    struct dirent *de;
    int rc = 0;
    while (rc == 0 && (de = readdir(d)) != NULL) {
        const char *n = de->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0)))
            continue;
        char relp[4096], full[4096];
        if ((size_t)snprintf(relp, sizeof relp, "%s%s", rel, n) >= sizeof relp ||
            (size_t)snprintf(full, sizeof full, "%s/%s", dir, relp) >= sizeof full)
            continue;
        struct stat st;
        if (stat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            /* Depth bounds a symlink loop. */
            if (depth < 64 && strlen(relp) + 2 < sizeof relp) {
                strcat(relp, "/");
                rc = walk(ci, dir, relp, depth + 1);
            }
            continue;
        }
        size_t len = strlen(relp);
        if (!S_ISREG(st.st_mode) || len <= 6 || strcmp(relp + len - 6, ".class"))
            continue;
        char *keep = strdup(full);
        if (!keep || keep_path(ci, keep) < 0) {
            free(keep);
            mon_err("class path: out of memory");
            rc = -1;
            break;
        }
        rc = mon_classimg_add(ci, relp, len - 6, (uint64_t)st.st_size,
                              fill_file, keep, 0);
    }
    closedir(d);
    return rc;
}

int mon_classimg_add_dir(struct mon_classimg *ci, const char *dir)
{
    return walk(ci, dir, "", 0);
}

/* ---- layout and writing ------------------------------------------------- */

static int by_name(const void *a, const void *b)
{
    const struct ent *x = a, *y = b;
    size_t n = x->nlen < y->nlen ? x->nlen : y->nlen;
    int c = memcmp(x->name, y->name, n);
    if (c)
        return c;
    if (x->nlen != y->nlen)
        return x->nlen < y->nlen ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int by_name_key(const void *key, const void *elem)
{
    const struct ent *x = key, *y = elem;
    size_t n = x->nlen < y->nlen ? x->nlen : y->nlen;
    int c = memcmp(x->name, y->name, n);
    if (c)
        return c;
    return x->nlen < y->nlen ? -1 : x->nlen > y->nlen;
}

void mon_classimg_put_first(struct mon_classimg *ci, const char *const *names,
                            uint32_t n)
{
    ci->first = names;
    ci->nfirst = n;
}

/* Ranks the put-first entries (sorted, duplicates dropped). */
static void rank_first(struct mon_classimg *ci)
{
    for (uint32_t r = 0; r < ci->nfirst; r++) {
        const char *name = ci->first[r];
        struct ent key = { .name = (char *)name, .nlen = (uint32_t)strlen(name) };
        struct ent *e = ci->n ? bsearch(&key, ci->e, ci->n, sizeof *ci->e, by_name_key) : NULL;
        if (e && !e->first)
            e->first = r + 1;
    }
}

static struct mon_classimg *ranked;   /* qsort has no context argument */

static int by_rank(const void *a, const void *b)
{
    const struct ent *x = &ranked->e[*(const uint32_t *)a];
    const struct ent *y = &ranked->e[*(const uint32_t *)b];
    uint32_t rx = x->first ? x->first : UINT32_MAX, ry = y->first ? y->first : UINT32_MAX;
    if (rx != ry)
        return rx < ry ? -1 : 1;
    return x < y ? -1 : x > y;
}

int64_t mon_classimg_layout(struct mon_classimg *ci)
{
    if (ci->n)
        qsort(ci->e, ci->n, sizeof *ci->e, by_name);
    /* Drop the later duplicates (class path order). */
    uint32_t k = 0;
    for (uint32_t i = 0; i < ci->n; i++) {
        if (k && ci->e[k - 1].nlen == ci->e[i].nlen &&
            memcmp(ci->e[k - 1].name, ci->e[i].name, ci->e[i].nlen) == 0) {
            free(ci->e[i].name);
            continue;
        }
        ci->e[k++] = ci->e[i];
    }
    ci->n = k;
    if (k == 0)
        return ci->size = 0;
    rank_first(ci);
    uint64_t at = sizeof(struct plinth_classimg_hdr) +
                  (uint64_t)k * sizeof(struct plinth_classimg_ent);
    for (uint32_t i = 0; i < k; i++) {
        ci->e[i].name_off = at;
        at += ci->e[i].nlen + 1;
    }
    /* Bytes in name order, except that classes named by
     * mon_classimg_put_first come first, together: the pages a start-up
     * reads are then few and adjacent. */
    free(ci->order);
    ci->order = malloc((size_t)k * sizeof *ci->order);
    if (!ci->order) {
        mon_err("class path: out of memory");
        return -1;
    }
    for (uint32_t i = 0; i < k; i++)
        ci->order[i] = i;
    ranked = ci;
    qsort(ci->order, k, sizeof *ci->order, by_rank);
    for (uint32_t j = 0; j < k; j++) {
        struct ent *e = &ci->e[ci->order[j]];
        at = (at + 7) & ~7ull;
        e->data_off = at;
        at += e->len;
    }
    at = (at + 7) & ~7ull;
    /* The format allows 4 GiB; a class path that big is a zip bomb or a
     * mistake, and would be inflated in full before the program starts. */
    if (at > (1ull << 30)) {
        mon_err("class path: %llu MiB of classes; plinth packs at most "
                "1 GiB", (unsigned long long)(at >> 20));
        return -1;
    }
    return (int64_t)(ci->size = at);
}

uint32_t mon_classimg_count(const struct mon_classimg *ci) { return ci->n; }

int mon_classimg_write(struct mon_classimg *ci, uint8_t *dst)
{
    if (ci->size == 0)
        return 0;
    struct plinth_classimg_hdr h = {
        .magic = PLINTH_CLASSIMG_MAGIC, .version = PLINTH_CLASSIMG_VERSION,
        .count = ci->n, .size = ci->size,
        .names_off = ci->n ? ci->e[0].name_off : sizeof h,
    };
    memcpy(dst, &h, sizeof h);
    struct plinth_classimg_ent *ix = (struct plinth_classimg_ent *)(dst + sizeof h);
    uint64_t end = ci->n ? ci->e[0].name_off : sizeof h;
    for (uint32_t i = 0; i < ci->n; i++) {
        struct ent *e = &ci->e[i];
        ix[i] = (struct plinth_classimg_ent){ (uint32_t)e->name_off, e->nlen,
                                              (uint32_t)e->data_off,
                                              (uint32_t)e->len };
        memcpy(dst + e->name_off, e->name, e->nlen + 1);
        end = e->name_off + e->nlen + 1;
    }
    for (uint32_t j = 0; j < ci->n; j++) {
        struct ent *e = &ci->e[ci->order[j]];
        memset(dst + end, 0, e->data_off - end);   /* alignment padding */
        if (e->fill(e->ctx, e->arg, dst + e->data_off, e->len) < 0)
            return -1;
        end = e->data_off + e->len;
    }
    memset(dst + end, 0, ci->size - end);
    return 0;
}
