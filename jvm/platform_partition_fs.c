/*
 * platform_partition_fs.c: platform.h's files in a partition: the
 * directories the monitor exports (--dir), reached by the FOPEN..FOP
 * hypercalls (docs/files.md).
 *
 * An exit costs ~25 us here, so data moves in blocks: each handle has a
 * 64 KiB buffer that reads fill and writes gather, as BufferedInputStream
 * and BufferedOutputStream would; a transfer as large as the buffer goes
 * straight between the caller's memory and the host file, up to 1 MiB per
 * exit.  The guest keeps each handle's position; the monitor reads and
 * writes at given offsets.  So that a program sees what it wrote as java
 * would, every path call (open, stat, list, ...) first writes out what
 * every handle holds, and a read buffer is dropped once anything was
 * written since it was filled.
 */
#include "platform.h"

#include <stdlib.h>
#include <string.h>

#include "k_hc.h"

_Static_assert((int)PLAT_FS_NERR == (int)PLINTH_FE_COUNT &&
               (int)PLAT_FS_NOENT == (int)PLINTH_FE_NOENT &&
               (int)PLAT_FS_NOMEM == (int)PLINTH_FE_NOMEM,
               "PLAT_FS_* are the ABI's PLINTH_FE_*");
_Static_assert(PLAT_FO_READ == PLINTH_FO_READ && PLAT_FO_EXCL == PLINTH_FO_EXCL &&
               PLAT_FK_DIR == PLINTH_FK_DIR && PLAT_FA_EXEC == PLINTH_FA_EXEC,
               "open flags, kinds and access bits are the ABI's");

#define FS_BUF (64u << 10)

enum { BUF_NONE, BUF_READ, BUF_WRITE };

struct pfile {
    uint32_t handle;          /* the monitor's */
    bool append;
    uint8_t mode;             /* BUF_* */
    uint64_t pos;             /* the program's position */
    uint64_t buf_off;         /* file offset of buf[0] */
    uint32_t buf_len;         /* bytes read into buf, or waiting to be written */
    uint64_t gen;             /* write_gen when a read filled buf */
    uint8_t *buf;
};

static struct pfile **files;
static size_t nfiles;
static uint64_t write_gen;    /* counts writes, to retire read buffers */

/* The argument structs live in the image: a hypercall passes a 32-bit
 * address.  One vCPU and no interrupts: nothing re-enters. */
static struct plinth_hc_fopen a_open;
static struct plinth_hc_fclose a_close;
static struct plinth_hc_fio a_io;
static struct plinth_hc_fstat a_stat;
static struct plinth_hc_flist a_list;
static struct plinth_hc_fop a_op;

static struct pfile *get(int64_t h)
{
    return h >= 0 && (uint64_t)h < nfiles ? files[h] : NULL;
}

/* One FREAD/FWRITE of up to PLINTH_FILE_IO_MAX bytes: bytes or -error. */
static int64_t io(struct pfile *f, enum plinth_hc_nr nr, uint64_t off, void *buf, size_t len)
{
    if (len > PLINTH_FILE_IO_MAX)
        len = PLINTH_FILE_IO_MAX;
    a_io = (struct plinth_hc_fio){ .handle = f->handle, .offset = off,
                                   .buf = (uintptr_t)buf, .len = len };
    k_hc(nr, &a_io);
    if (a_io.error)
        return -(int64_t)a_io.error;
    return (int64_t)a_io.done;
}

static int64_t write_all(struct pfile *f, uint64_t off, const uint8_t *p, size_t len)
{
    size_t done = 0;
    write_gen++;
    while (done < len) {
        int64_t n = io(f, PLINTH_HC_FWRITE, off + done, (void *)(p + done), len - done);
        if (n < 0)
            return n;
        if (n == 0)
            return -PLAT_FS_IO;
        done += (size_t)n;
    }
    return (int64_t)done;
}

/* Writes out what f gathered. */
static int flush(struct pfile *f)
{
    if (f->mode != BUF_WRITE)
        return 0;
    uint32_t n = f->buf_len;
    f->mode = BUF_NONE;
    f->buf_len = 0;
    int64_t w = write_all(f, f->buf_off, f->buf, n);
    return w < 0 ? (int)-w : 0;
}

static int flush_all(void)
{
    int err = 0;
    for (size_t i = 0; i < nfiles; i++)
        if (files[i] && files[i]->mode == BUF_WRITE) {
            int e = flush(files[i]);
            if (e && !err)
                err = e;
        }
    return err;
}

static uint64_t path_len(const char *p)
{
    return strlen(p);
}

int plat_fs_open(const char *path, unsigned flags, int64_t *handle)
{
    flush_all();
    a_open = (struct plinth_hc_fopen){ .path = (uintptr_t)path,
                                       .path_len = path_len(path), .flags = flags };
    k_hc(PLINTH_HC_FOPEN, &a_open);
    if (a_open.error)
        return a_open.error;
    struct pfile *f = calloc(1, sizeof *f);
    uint8_t *buf = malloc(FS_BUF);
    size_t slot = 0;
    while (slot < nfiles && files[slot])
        slot++;
    if (f && buf && slot == nfiles) {
        struct pfile **more = realloc(files, (nfiles + 16) * sizeof *files);
        if (more) {
            memset(more + nfiles, 0, 16 * sizeof *more);
            files = more;
            nfiles += 16;
        }
    }
    if (!f || !buf || slot >= nfiles) {
        free(f);
        free(buf);
        a_close = (struct plinth_hc_fclose){ .handle = a_open.handle };
        k_hc(PLINTH_HC_FCLOSE, &a_close);
        return PLAT_FS_NOMEM;
    }
    f->handle = a_open.handle;
    f->append = (flags & PLAT_FO_APPEND) != 0;
    f->buf = buf;
    files[slot] = f;
    *handle = (int64_t)slot;
    return 0;
}

int plat_fs_close(int64_t h)
{
    struct pfile *f = get(h);
    if (!f)
        return PLAT_FS_BADF;
    int err = flush(f);
    a_close = (struct plinth_hc_fclose){ .handle = f->handle };
    k_hc(PLINTH_HC_FCLOSE, &a_close);
    files[h] = NULL;
    free(f->buf);
    free(f);
    return err ? err : a_close.error;
}

int64_t plat_fs_read(int64_t h, void *buf, size_t len)
{
    struct pfile *f = get(h);
    if (!f)
        return -PLAT_FS_BADF;
    if (f->mode == BUF_WRITE) {
        int err = flush(f);
        if (err)
            return -err;
    }
    if (f->mode == BUF_READ && f->gen == write_gen && f->pos >= f->buf_off &&
        f->pos < f->buf_off + f->buf_len) {
        size_t at = (size_t)(f->pos - f->buf_off), n = f->buf_len - at;
        if (n > len)
            n = len;
        memcpy(buf, f->buf + at, n);
        f->pos += n;
        return (int64_t)n;
    }
    f->mode = BUF_NONE;
    int err = flush_all();
    if (err)
        return -err;
    if (len >= FS_BUF) {
        int64_t n = io(f, PLINTH_HC_FREAD, f->pos, buf, len);
        if (n > 0)
            f->pos += (uint64_t)n;
        return n;
    }
    int64_t n = io(f, PLINTH_HC_FREAD, f->pos, f->buf, FS_BUF);
    if (n <= 0)
        return n;
    f->mode = BUF_READ;
    f->buf_off = f->pos;
    f->buf_len = (uint32_t)n;
    f->gen = write_gen;
    size_t k = (size_t)n < len ? (size_t)n : len;
    memcpy(buf, f->buf, k);
    f->pos += k;
    return (int64_t)k;
}

int64_t plat_fs_write(int64_t h, const void *buf, size_t len)
{
    struct pfile *f = get(h);
    if (!f)
        return -PLAT_FS_BADF;
    if (f->mode == BUF_READ)
        f->mode = BUF_NONE;
    write_gen++;
    /* Appending: the monitor's file is O_APPEND, so offsets do not matter
     * and the gathered bytes stay in order. */
    if (f->mode == BUF_WRITE && (f->append || f->pos == f->buf_off + f->buf_len) &&
        f->buf_len + len <= FS_BUF) {
        memcpy(f->buf + f->buf_len, buf, len);
        f->buf_len += (uint32_t)len;
        f->pos += len;
        return (int64_t)len;
    }
    int err = flush(f);
    if (err)
        return -err;
    if (len >= FS_BUF) {
        int64_t n = write_all(f, f->pos, buf, len);
        if (n > 0)
            f->pos += (uint64_t)n;
        return n;
    }
    memcpy(f->buf, buf, len);
    f->mode = BUF_WRITE;
    f->buf_off = f->pos;
    f->buf_len = (uint32_t)len;
    f->pos += len;
    return (int64_t)len;
}

int plat_fs_seek(int64_t h, int64_t pos)
{
    struct pfile *f = get(h);
    if (!f)
        return PLAT_FS_BADF;
    if (pos < 0)
        return PLAT_FS_INVAL;
    int err = flush(f);
    f->pos = (uint64_t)pos;
    return err;
}

int64_t plat_fs_tell(int64_t h)
{
    struct pfile *f = get(h);
    return f ? (int64_t)f->pos : -PLAT_FS_BADF;
}

int plat_fs_truncate(int64_t h, int64_t len)
{
    struct pfile *f = get(h);
    if (!f)
        return PLAT_FS_BADF;
    if (len < 0)
        return PLAT_FS_INVAL;
    int err = flush(f);
    if (err)
        return err;
    f->mode = BUF_NONE;
    write_gen++;
    a_op = (struct plinth_hc_fop){ .op = PLINTH_FOP_TRUNCATE, .handle = f->handle,
                                   .length = (uint64_t)len };
    k_hc(PLINTH_HC_FOP, &a_op);
    if (!a_op.error && f->pos > (uint64_t)len)
        f->pos = (uint64_t)len;
    return a_op.error;
}

static int stat_call(uint32_t handle, const char *path, struct plat_stat *st)
{
    a_stat = (struct plinth_hc_fstat){ .handle = handle };
    if (path) {
        a_stat.path = (uintptr_t)path;
        a_stat.path_len = path_len(path);
    }
    k_hc(PLINTH_HC_FSTAT, &a_stat);
    if (a_stat.error)
        return a_stat.error;
    st->kind = (int)a_stat.kind;
    st->access = a_stat.access;
    st->size = (int64_t)a_stat.size;
    st->mtime_ns = a_stat.mtime_ns;
    return 0;
}

int plat_fs_fstat(int64_t h, struct plat_stat *st)
{
    struct pfile *f = get(h);
    if (!f)
        return PLAT_FS_BADF;
    int err = flush(f);
    return err ? err : stat_call(f->handle, NULL, st);
}

int plat_fs_stat(const char *path, struct plat_stat *st)
{
    flush_all();
    return stat_call(PLINTH_FILE_NOHANDLE, path, st);
}

int plat_fs_list(const char *path, char **names, size_t *count)
{
    flush_all();
    size_t cap = 16u << 10;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf)
            return PLAT_FS_NOMEM;
        a_list = (struct plinth_hc_flist){ .path = (uintptr_t)path,
                                           .path_len = path_len(path),
                                           .buf = (uintptr_t)buf, .len = cap };
        k_hc(PLINTH_HC_FLIST, &a_list);
        if (a_list.error) {
            free(buf);
            return a_list.error;
        }
        if (a_list.needed <= cap) {
            *names = buf;
            *count = a_list.count;
            return 0;
        }
        free(buf);
        if (a_list.needed > PLINTH_FILE_LIST_MAX)
            return PLAT_FS_NOMEM;
        cap = (size_t)a_list.needed;   /* it changed in between: ask again */
    }
}

static int op(uint32_t what, const char *path, const char *path2)
{
    flush_all();
    a_op = (struct plinth_hc_fop){ .op = what, .path = (uintptr_t)path,
                                   .path_len = path_len(path) };
    if (path2) {
        a_op.path2 = (uintptr_t)path2;
        a_op.path2_len = path_len(path2);
    }
    k_hc(PLINTH_HC_FOP, &a_op);
    return a_op.error;
}

int plat_fs_mkdir(const char *path) { return op(PLINTH_FOP_MKDIR, path, NULL); }
int plat_fs_delete(const char *path) { return op(PLINTH_FOP_DELETE, path, NULL); }
int plat_fs_rename(const char *from, const char *to)
{
    return op(PLINTH_FOP_RENAME, from, to);
}
