/*
 * plinth class image: many class files in one read-only block, indexed by
 * name, so a JVM in a partition finds any class with a binary search over
 * memory it already has (no exit, no file system).  Used by both sides:
 * the monitor and the build pack images (monitor/mon_classimg.c), the
 * partition's JVM reads them in place (jvm/platform_partition.c).
 * docs/partition.md describes the layout and why it is this way.
 *
 * Layout, all little-endian, offsets from the start of the image:
 *   struct plinth_classimg_hdr
 *   struct plinth_classimg_ent[count], sorted by name (bytewise, as strcmp)
 *   names: each entry's internal name ("java/lang/Object"), NUL-terminated
 *   class-file bytes, each 8-byte aligned
 * Index and names come first and stay together, so a lookup touches a few
 * pages at the front; class bytes are touched only for classes loaded.
 */
#ifndef PLINTH_CLASSIMG_H
#define PLINTH_CLASSIMG_H

#include <stddef.h>
#include <stdint.h>

#define PLINTH_CLASSIMG_MAGIC   0x474d49534c43504cull  /* "LPCLSIMG" */
#define PLINTH_CLASSIMG_VERSION 1

struct plinth_classimg_hdr {
    uint64_t magic;            /* PLINTH_CLASSIMG_MAGIC */
    uint32_t version;          /* PLINTH_CLASSIMG_VERSION */
    uint32_t count;            /* entries */
    uint64_t size;             /* bytes of the whole image */
    uint64_t names_off;        /* start of the names area */
};

struct plinth_classimg_ent {
    uint32_t name_off;         /* from the image start, NUL-terminated */
    uint32_t name_len;         /* without the NUL */
    uint32_t data_off;         /* class-file bytes */
    uint32_t data_len;
};

/* The bytes of class `name` (internal form) in the image at `img` of
 * `size` bytes, or NULL.  Checks every offset it follows, so a damaged
 * image gives "not found", never a wild read. */
static inline const uint8_t *plinth_classimg_find(const void *img, uint64_t size,
                                                  const char *name, size_t *len)
{
    const struct plinth_classimg_hdr *h = (const struct plinth_classimg_hdr *)img;
    if (!img || size < sizeof *h || h->magic != PLINTH_CLASSIMG_MAGIC ||
        h->version != PLINTH_CLASSIMG_VERSION || h->size > size ||
        h->count > (size - sizeof *h) / sizeof(struct plinth_classimg_ent))
        return NULL;
    const struct plinth_classimg_ent *e =
        (const struct plinth_classimg_ent *)(h + 1);
    const char *base = (const char *)img;
    size_t nlen = 0;
    while (name[nlen])
        nlen++;
    uint32_t lo = 0, hi = h->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const struct plinth_classimg_ent *m = &e[mid];
        if ((uint64_t)m->name_off + m->name_len >= h->size)
            return NULL;
        const unsigned char *a = (const unsigned char *)base + m->name_off;
        const unsigned char *b = (const unsigned char *)name;
        size_t n = m->name_len < nlen ? m->name_len : nlen, i = 0;
        while (i < n && a[i] == b[i])
            i++;
        int c = i < n ? (int)a[i] - (int)b[i]
                      : (m->name_len > nlen) - (m->name_len < nlen);
        if (c == 0) {
            if ((uint64_t)m->data_off + m->data_len > h->size)
                return NULL;
            *len = m->data_len;
            return (const uint8_t *)base + m->data_off;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

#endif /* PLINTH_CLASSIMG_H */
