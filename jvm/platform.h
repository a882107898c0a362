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
size_t plat_page_size(void);

/* Class bytes: the class library image first, then the application class
 * path given at start.  Returns NULL if absent; *len set on success.  The
 * bytes stay valid for the life of the VM. */
const uint8_t *plat_find_class(const char *internal_name, size_t *len);
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
 * the copy's arguments (argv[0] is the image) in *argc, *argv. */
int plat_checkpoint(bool take, int *argc, char ***argv);

#endif /* JVM_PLATFORM_H */
