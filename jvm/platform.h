/*
 * platform.h: everything the JVM needs from the world outside it.
 *
 * The JVM (jvm/) reaches the outside only through these calls.  There are
 * two implementations: platform_hosted.c (POSIX, for `plinth run --hosted`
 * and tests) and, later, platform_partition.c (the kernel's calls, inside a
 * partition).  Besides this header, JVM code may use only freestanding-safe
 * parts of the C library that the partition also provides: <string.h>,
 * malloc/calloc/realloc/free, qsort, strtod/strtol, snprintf/vsnprintf,
 * <math.h>, <setjmp.h>, <stdint.h>, <stddef.h>, <stdbool.h>, <stdarg.h>,
 * <limits.h>, <float.h>.  No stdio streams, files, time, signals or threads.
 */
#ifndef JVM_PLATFORM_H
#define JVM_PLATFORM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Streams: 0 stdin, 1 stdout, 2 stderr.  Output may be buffered by the
 * platform; plat_flush() pushes it out (done by plat_exit too). */
int64_t plat_write(int fd, const void *buf, size_t len);   /* bytes or -1 */
int64_t plat_read(int fd, void *buf, size_t len);          /* 0 at EOF, -1 error */
void plat_flush(int fd);
bool plat_isatty(int fd);

/* Clocks. */
uint64_t plat_nanotime(void);        /* monotonic ns, arbitrary origin */
uint64_t plat_walltime_ns(void);     /* ns since the epoch */

/* Random bytes from the host (seeds, hash seeds). */
void plat_random(void *buf, size_t len);

/* Block the whole VM until `deadline` (plat_nanotime() units) or until
 * input may be ready; used when every green thread is waiting. */
void plat_idle_until(uint64_t deadline_ns);

/* Page-granular memory (heap, thread stacks).  plat_reserve reserves
 * address space that costs nothing until touched; memory comes zeroed. */
void *plat_reserve(size_t bytes);
void plat_release(void *p, size_t bytes);
/* The whole pages in [p, p+bytes) of a reservation keep their addresses but
 * not their contents (zero or stale afterwards: clear before use); the
 * host may take their memory back. */
void plat_discard(void *p, size_t bytes);
size_t plat_page_size(void);

/* Class bytes: the class library image first, then the application class
 * path given at start.  Returns NULL if absent; *len set on success, and
 * *library: whether the bytes are the class library's (trusted: not
 * verified) or the application's.  The bytes stay valid for the life of
 * the VM. */
const uint8_t *plat_find_class(const char *internal_name, size_t *len, bool *library);
/* The class path as the user gave it (for java.class.path). */
const char *plat_class_path(void);

/* Environment, for System.getenv: NULL-terminated "K=V" strings. */
char **plat_environ(void);

/* End the VM.  Flushes output first. */
_Noreturn void plat_exit(int code);
_Noreturn void plat_abort(const char *msg);

/* Snapshots (docs/snapshot.md; platform_*_snap.c).  take: ask to be saved
 * here if this partition is being snapshotted; else only ask.  Returns -1
 * outside a partition, 0 if this is not a restored copy, 1 if it is, with
 * the copy's arguments (argv[0] is the image) in *argc, *argv; -2 if the
 * monitor refused to save it (files are open), with their count in *argc. */
int plat_checkpoint(bool take, int *argc, char ***argv);

/* ---- files (docs/files.md) ---------------------------------------------
 * platform_hosted_fs.c: the host's file system, as java sees it;
 * platform_partition_fs.c: the directories exported with --dir, through
 * the monitor, buffered in blocks.  Paths are UTF-8 as the program gave
 * them (relative ones to the working directory).  Calls return 0 or a
 * PLAT_FS_* error (the ABI's PLINTH_FE_* numbers); byte counts are >= 0 or
 * a negated error.  A handle is >= 0. */
enum plat_fs_err {
    PLAT_FS_OK = 0, PLAT_FS_NOENT, PLAT_FS_ACCES, PLAT_FS_EXIST,
    PLAT_FS_NOTDIR, PLAT_FS_ISDIR, PLAT_FS_NOTEMPTY, PLAT_FS_INVAL,
    PLAT_FS_NAMETOOLONG, PLAT_FS_LOOP, PLAT_FS_NOSPC, PLAT_FS_IO,
    PLAT_FS_XDEV, PLAT_FS_MFILE, PLAT_FS_BADF, PLAT_FS_NOMEM,
    PLAT_FS_NERR
};
/* plat_fs_open flags */
#define PLAT_FO_READ    (1u << 0)
#define PLAT_FO_WRITE   (1u << 1)
#define PLAT_FO_APPEND  (1u << 2)
#define PLAT_FO_CREATE  (1u << 3)
#define PLAT_FO_TRUNC   (1u << 4)
#define PLAT_FO_EXCL    (1u << 5)

struct plat_stat {
    int kind;            /* PLAT_FK_*, symbolic links followed */
    unsigned access;     /* PLAT_FA_* for this program */
    int64_t size;        /* bytes */
    int64_t mtime_ns;    /* last modified, ns since the epoch */
};
#define PLAT_FK_NONE   0
#define PLAT_FK_FILE   1
#define PLAT_FK_DIR    2
#define PLAT_FK_OTHER  3
#define PLAT_FA_READ   (1u << 0)
#define PLAT_FA_WRITE  (1u << 1)
#define PLAT_FA_EXEC   (1u << 2)

int plat_fs_open(const char *path, unsigned flags, int64_t *handle);
int plat_fs_close(int64_t h);                 /* flushes first */
/* At the handle's position, which moves on; a read returns 0 at the end. */
int64_t plat_fs_read(int64_t h, void *buf, size_t len);
int64_t plat_fs_write(int64_t h, const void *buf, size_t len);
int plat_fs_seek(int64_t h, int64_t pos);
int64_t plat_fs_tell(int64_t h);
int plat_fs_truncate(int64_t h, int64_t len); /* position clamped to len */
int plat_fs_fstat(int64_t h, struct plat_stat *st);
int plat_fs_stat(const char *path, struct plat_stat *st);
/* A directory's names but "." and "..", each NUL-terminated, in one
 * malloc'd block (the caller frees); *count of them. */
int plat_fs_list(const char *path, char **names, size_t *count);
int plat_fs_mkdir(const char *path);
int plat_fs_delete(const char *path);         /* a file or an empty directory */
int plat_fs_rename(const char *from, const char *to);

/* ---- standard input without blocking the VM (docs/threads.md) ----------
 * A green thread reading stdin must not stop the others.  The reader asks
 * plat_read_nonblock; on PLAT_AGAIN it parks, and the scheduler, when no
 * thread can run, idles with plat_idle_until_input until the earliest
 * deadline or input.  "Ready" includes end of file: a read then returns 0. */
#define PLAT_AGAIN (-2)
/* Like plat_read, but PLAT_AGAIN instead of blocking when nothing is ready. */
int64_t plat_read_nonblock(int fd, void *buf, size_t len);
/* Whether a read of stdin would not block now. */
bool plat_input_ready(void);
/* Block the whole VM until input is ready or `deadline` (0: none) passes. */
void plat_idle_until_input(uint64_t deadline_ns);

#endif /* JVM_PLATFORM_H */
