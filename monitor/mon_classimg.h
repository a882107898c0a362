/*
 * mon_classimg: packing class files into a class image
 * (include/plinth/classimg.h): the application's class path at `plinth
 * run`, the class library at build time (build/plinth-pack).
 */
#ifndef MON_CLASSIMG_H
#define MON_CLASSIMG_H

#include <stddef.h>
#include <stdint.h>

struct mon_classimg;

/* Writes an entry's `len` class-file bytes to dst; 0, or -1 after
 * reporting why (mon_err). */
typedef int (*mon_classimg_fill_fn)(void *ctx, uint64_t arg, uint8_t *dst,
                                    uint64_t len);

struct mon_classimg *mon_classimg_new(void);
void mon_classimg_free(struct mon_classimg *ci);

/* Adds class `name` (internal form, nlen bytes, no ".class") whose bytes
 * fill(ctx, arg) will produce.  Entries added first win over later ones
 * with the same name, as on a class path.  0, or -1 (reported). */
int mon_classimg_add(struct mon_classimg *ci, const char *name, size_t nlen,
                     uint64_t len, mon_classimg_fill_fn fill, void *ctx,
                     uint64_t arg);
/* Adds every *.class file under directory `dir` (names from their paths);
 * a missing directory adds nothing, as for java.  0, or -1 (reported). */
int mon_classimg_add_dir(struct mon_classimg *ci, const char *dir);

/* Sorts the entries and returns the image's size in bytes (0 if it would
 * be empty), or -1 if it would not fit the format (reported). */
int64_t mon_classimg_layout(struct mon_classimg *ci);
/* Before layout: the bytes of the named classes (internal names; the
 * array and strings must live until layout) go, in this order, before all
 * others; names not in the image are ignored.  The index stays sorted by
 * name: only where the bytes lie changes. */
void mon_classimg_put_first(struct mon_classimg *ci, const char *const *names,
                            uint32_t n);
/* Writes the laid-out image to dst (size bytes, zero-filled beforehand or
 * not: every byte is written).  0, or -1 (reported). */
int mon_classimg_write(struct mon_classimg *ci, uint8_t *dst);
/* Entries in the image (after layout). */
uint32_t mon_classimg_count(const struct mon_classimg *ci);

#endif
