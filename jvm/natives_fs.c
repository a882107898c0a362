/*
 * natives_fs.c: the natives of files (jdk.internal.fs.FS, behind
 * java.io.File, the file streams, RandomAccessFile and java.nio.file) on
 * platform.h's file calls, and the text of each error as java prints it
 * ("No such file or directory").  docs/files.md.
 */
#include "vm.h"
#include "platform.h"

#include <stdlib.h>
#include <string.h>

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *a, vm_value *r)
#define FS "jdk/internal/fs/FS"

/* strerror's words, which java puts in its messages. */
static const char *const messages[PLAT_FS_NERR] = {
    [PLAT_FS_OK] = "Success",
    [PLAT_FS_NOENT] = "No such file or directory",
    [PLAT_FS_ACCES] = "Permission denied",
    [PLAT_FS_EXIST] = "File exists",
    [PLAT_FS_NOTDIR] = "Not a directory",
    [PLAT_FS_ISDIR] = "Is a directory",
    [PLAT_FS_NOTEMPTY] = "Directory not empty",
    [PLAT_FS_INVAL] = "Invalid argument",
    [PLAT_FS_NAMETOOLONG] = "File name too long",
    [PLAT_FS_LOOP] = "Too many levels of symbolic links",
    [PLAT_FS_NOSPC] = "No space left on device",
    [PLAT_FS_IO] = "Input/output error",
    [PLAT_FS_XDEV] = "Invalid cross-device link",
    [PLAT_FS_MFILE] = "Too many open files",
    [PLAT_FS_BADF] = "Bad file descriptor",
    [PLAT_FS_NOMEM] = "Cannot allocate memory",
};

static const char *message(int err)
{
    return err >= 0 && err < PLAT_FS_NERR ? messages[err] : "Input/output error";
}

/* A path argument in UTF-8 (malloc'd), or NULL with an exception pending. */
static char *path_arg(struct vm_thread *t, struct vm_object *s)
{
    if (!s) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return NULL;
    }
    char *p = vm_string_to_utf8(s);
    if (!p)
        vm_throw(t, "java/lang/OutOfMemoryError", NULL);
    return p;
}

/* b[off..off+len) of a byte[], or NULL with an exception pending. */
static uint8_t *bytes_arg(struct vm_thread *t, struct vm_object *o, int32_t off, int32_t len)
{
    struct vm_array *arr = (struct vm_array *)o;
    if (!arr) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return NULL;
    }
    if (off < 0 || len < 0 || off > arr->length - len) {
        vm_throw(t, "java/lang/IndexOutOfBoundsException",
                 "Range [%d, %d + %d) out of bounds for length %d", off, off, len,
                 arr->length);
        return NULL;
    }
    return (uint8_t *)VM_ARRAY_DATA(arr) + off;
}

static void io_error(struct vm_thread *t, int err)
{
    vm_throw(t, "java/io/IOException", "%s", message(err));
}

/* static String message(int err) */
NATIVE(fs_message)
{
    r->l = vm_string_from_utf8(t, message(a[0].i), strlen(message(a[0].i)));
}

/* static long open(String path, int flags): a handle, or -error */
NATIVE(fs_open)
{
    char *p = path_arg(t, a[0].l);
    if (!p)
        return;
    int64_t h = -1;
    int err = plat_fs_open(p, (unsigned)a[1].i, &h);
    free(p);
    r->j = err ? -(int64_t)err : h;
}

/* static int close(long h): 0 or an error */
NATIVE(fs_close)
{
    (void)t;
    r->i = plat_fs_close(a[0].j);
}

/* static int read(long h, byte[] b, int off, int len): -1 at the end */
NATIVE(fs_read)
{
    int32_t off = a[3].i, len = a[4].i;
    uint8_t *b = bytes_arg(t, a[2].l, off, len);
    if (!b)
        return;
    if (len == 0) {
        r->i = 0;
        return;
    }
    int64_t n = plat_fs_read(a[0].j, b, (size_t)len);
    if (n < 0)
        io_error(t, (int)-n);
    else
        r->i = n == 0 ? -1 : (int32_t)n;
}

/* static void write(long h, byte[] b, int off, int len) */
NATIVE(fs_write)
{
    (void)r;
    int32_t off = a[3].i, len = a[4].i;
    uint8_t *b = bytes_arg(t, a[2].l, off, len);
    if (!b || len == 0)
        return;
    int64_t n = plat_fs_write(a[0].j, b, (size_t)len);
    if (n < 0)
        io_error(t, (int)-n);
}

/* static void seek(long h, long pos) */
NATIVE(fs_seek)
{
    (void)r;
    int err = plat_fs_seek(a[0].j, a[2].j);
    if (err)
        io_error(t, err);
}

/* static long tell(long h) */
NATIVE(fs_tell)
{
    int64_t p = plat_fs_tell(a[0].j);
    if (p < 0)
        io_error(t, (int)-p);
    else
        r->j = p;
}

/* static long size(long h) */
NATIVE(fs_size)
{
    struct plat_stat st;
    int err = plat_fs_fstat(a[0].j, &st);
    if (err)
        io_error(t, err);
    else
        r->j = st.size;
}

/* static void setLength(long h, long len) */
NATIVE(fs_set_length)
{
    (void)r;
    int err = plat_fs_truncate(a[0].j, a[2].j);
    if (err)
        io_error(t, err);
}

/* static int stat(String path, long[] out): out = kind, access, size,
 * mtime in ms; returns 0 or an error. */
NATIVE(fs_stat)
{
    struct vm_array *out = (struct vm_array *)a[1].l;
    if (!out || out->length < 4) {
        vm_throw(t, "java/lang/IllegalArgumentException", NULL);
        return;
    }
    char *p = path_arg(t, a[0].l);
    if (!p)
        return;
    struct plat_stat st;
    int err = plat_fs_stat(p, &st);
    free(p);
    int64_t *o = VM_ARRAY_DATA(out);
    if (!err) {
        o[0] = st.kind;
        o[1] = st.access;
        o[2] = st.size;
        /* java's lastModified floors to whole milliseconds */
        o[3] = st.mtime_ns >= 0 ? st.mtime_ns / 1000000 : -((-st.mtime_ns + 999999) / 1000000);
    }
    r->i = err;
}

/* static String[] list(String path, int[] err): null on error */
NATIVE(fs_list)
{
    struct vm_array *errs = (struct vm_array *)a[1].l;
    if (!errs || errs->length < 1) {
        vm_throw(t, "java/lang/IllegalArgumentException", NULL);
        return;
    }
    char *p = path_arg(t, a[0].l);
    if (!p)
        return;
    char *names = NULL;
    size_t count = 0;
    int err = plat_fs_list(p, &names, &count);
    free(p);
    ((int32_t *)VM_ARRAY_DATA(errs))[0] = err;
    r->l = NULL;
    if (err)
        return;
    struct vm_class *str = vm_find_class(t, "java/lang/String");
    struct vm_array *arr = str && count <= INT32_MAX
        ? vm_new_ref_array(t, str, (int32_t)count) : NULL;
    if (arr) {
        const char *n = names;
        for (size_t i = 0; i < count; i++) {
            size_t len = strlen(n);
            struct vm_object *s = vm_string_from_utf8(t, n, len);
            if (!s) {
                arr = NULL;
                break;
            }
            ((struct vm_object **)VM_ARRAY_DATA(arr))[i] = s;
            n += len + 1;
        }
    }
    free(names);
    r->l = arr ? &arr->hdr : NULL;
}

static void path_op(struct vm_thread *t, vm_value *a, vm_value *r, int (*op)(const char *))
{
    char *p = path_arg(t, a[0].l);
    if (!p)
        return;
    r->i = op(p);
    free(p);
}

NATIVE(fs_mkdir) { path_op(t, a, r, plat_fs_mkdir); }
NATIVE(fs_delete) { path_op(t, a, r, plat_fs_delete); }

/* static int rename(String from, String to) */
NATIVE(fs_rename)
{
    char *from = path_arg(t, a[0].l);
    if (!from)
        return;
    char *to = path_arg(t, a[1].l);
    if (to)
        r->i = plat_fs_rename(from, to);
    free(from);
    free(to);
}

const struct vm_native vm_natives_fs[] = {
    { FS, "message", "(I)Ljava/lang/String;", fs_message },
    { FS, "open", "(Ljava/lang/String;I)J", fs_open },
    { FS, "close", "(J)I", fs_close },
    { FS, "read", "(J[BII)I", fs_read },
    { FS, "write", "(J[BII)V", fs_write },
    { FS, "seek", "(JJ)V", fs_seek },
    { FS, "tell", "(J)J", fs_tell },
    { FS, "size", "(J)J", fs_size },
    { FS, "setLength", "(JJ)V", fs_set_length },
    { FS, "stat", "(Ljava/lang/String;[J)I", fs_stat },
    { FS, "list", "(Ljava/lang/String;[I)[Ljava/lang/String;", fs_list },
    { FS, "mkdir", "(Ljava/lang/String;)I", fs_mkdir },
    { FS, "delete", "(Ljava/lang/String;)I", fs_delete },
    { FS, "rename", "(Ljava/lang/String;Ljava/lang/String;)I", fs_rename },
    { NULL, NULL, NULL, NULL }
};
