/*
 * platform_partition.c: platform.h on the thin layer's calls (kernel/),
 * for the JVM inside a partition.  Owns standard input (the input ring the
 * monitor fills), finding class bytes in the two read-only class images
 * (the class library's and the application's), and the mapping of the
 * rest onto k_console, k_clock, k_wait, k_mem and k_random.  Nothing here
 * exits to the monitor on a hot path: output goes into rings, the clock is
 * rdtsc, class bytes are read in place.  docs/partition.md has the why.
 */
#include "platform.h"
#include "platform_partition.h"

#include <string.h>

#include "kernel.h"
#include "k_checkpoint.h"
#include "plinth/classimg.h"

static const char *plat_cp = ".";
static char **plat_env;
static struct plinth_ring *plat_in;      /* stdin; NULL: always at end */
static const uint8_t *plat_in_data;

void plat_partition_init(const char *cp, char **envp)
{
    if (cp)
        plat_cp = cp;
    plat_env = envp;
    plinth_gpa_t in = k_boot->rings[PLINTH_STREAM_STDIN];
    if (in) {
        struct plinth_ring *r = (struct plinth_ring *)(uintptr_t)in;
        if (r->size && !(r->size & (r->size - 1))) {
            plat_in = r;
            plat_in_data = (const uint8_t *)r + PLINTH_RING_DATA_OFFSET;
        }
    }
}

int plat_partition_checkpoint(int *argc, char ***argv, char ***envp)
{
    if (!k_checkpoint_wanted() || k_checkpoint() != 1)
        return 0;
    *argv = k_checkpoint_args(argc, envp);
    plat_partition_init(plat_cp, *envp);   /* the restore's stdin, env */
    return 1;
}

/* ---- streams ------------------------------------------------------------ */

int64_t plat_write(int fd, const void *buf, size_t len)
{
    if (fd != PLINTH_STREAM_STDOUT && fd != PLINTH_STREAM_STDERR)
        return -1;
    /* stderr after stdout keeps their order on a shared terminal or file,
     * as the hosted JVM's unbuffered stderr does. */
    if (fd == PLINTH_STREAM_STDERR)
        k_console_flush(PLINTH_STREAM_STDOUT);
    return (int64_t)k_console_write(fd, buf, len);
}

void plat_flush(int fd)
{
    if (fd == PLINTH_STREAM_STDOUT || fd == PLINTH_STREAM_STDERR)
        k_console_flush(fd);
}

bool plat_isatty(int fd)
{
    if (fd == 0)
        return (k_boot->flags & PLINTH_BOOT_STDIN_TTY) != 0;
    return k_console_isatty(fd);
}

/* Standard input: the monitor produces into the ring, we consume.  When
 * it is empty the reader parks (jvm/thread.c) and, once no thread can run,
 * the VM says it is waiting and blocks in WAIT for PLINTH_EV_INPUT; the
 * monitor signals that when it adds bytes or reaches the end of the host's
 * stream.  No exit on the way while bytes are there. */
int64_t plat_read_nonblock(int fd, void *buf, size_t len)
{
    if (fd != 0)
        return -1;
    if (!plat_in || len == 0)
        return 0;
    struct plinth_ring *r = plat_in;
    uint64_t size = r->size;
    for (;;) {
        uint64_t tail = r->tail;
        uint64_t head = __atomic_load_n(&r->head, __ATOMIC_ACQUIRE);
        uint64_t avail = head - tail;
        if (avail > size)
            plat_abort("standard input ring is corrupt");
        if (avail) {
            size_t n = avail < len ? (size_t)avail : len;
            uint64_t at = tail & (size - 1);
            size_t first = size - at < n ? (size_t)(size - at) : n;
            memcpy(buf, plat_in_data + at, first);
            memcpy((uint8_t *)buf + first, plat_in_data, n - first);
            __atomic_store_n(&r->tail, tail + n, __ATOMIC_RELEASE);
            return (int64_t)n;
        }
        if (!__atomic_load_n(&PLINTH_RING_EOF(r), __ATOMIC_ACQUIRE))
            return PLAT_AGAIN;
        /* EOF is set after the last bytes: look once more for them. */
        if (__atomic_load_n(&r->head, __ATOMIC_ACQUIRE) == tail)
            return 0;
    }
}

bool plat_input_ready(void)
{
    struct plinth_ring *r = plat_in;
    return !r || __atomic_load_n(&r->head, __ATOMIC_ACQUIRE) != r->tail ||
           __atomic_load_n(&PLINTH_RING_EOF(r), __ATOMIC_ACQUIRE);
}

void plat_idle_until_input(uint64_t deadline_ns)
{
    k_console_flush_all();   /* a prompt shows before we wait for input */
    struct plinth_ring *r = plat_in;
    if (!r)
        return;
    r->waiting = 1;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (!plat_input_ready())
        k_wait(PLINTH_EV_INPUT, deadline_ns ? deadline_ns : K_WAIT_FOREVER);
    r->waiting = 0;
}

int64_t plat_read(int fd, void *buf, size_t len)
{
    for (;;) {
        int64_t n = plat_read_nonblock(fd, buf, len);
        if (n != PLAT_AGAIN)
            return n;
        plat_idle_until_input(0);
    }
}

/* ---- clocks, randomness, waiting ---------------------------------------- */

uint64_t plat_nanotime(void) { return k_clock_ns(); }
uint64_t plat_walltime_ns(void) { return k_clock_wall_ns(); }
void plat_random(void *buf, size_t len) { k_random_fill(buf, len); }

void plat_idle_until(uint64_t deadline_ns)
{
    k_console_flush_all();
    if (deadline_ns > k_clock_ns())
        k_wait(0, deadline_ns);
}

/* ---- memory --------------------------------------------------------------- */

void *plat_reserve(size_t bytes) { return k_mem_alloc(bytes); }
void plat_release(void *p, size_t bytes) { k_mem_free(p, bytes); }
void plat_discard(void *p, size_t bytes) { k_mem_discard(p, bytes); }
size_t plat_page_size(void) { return K_PAGE_SIZE; }

/* ---- class bytes ---------------------------------------------------------- */

static unsigned plat_classes_found;
static size_t plat_class_bytes;

void plat_partition_class_stats(unsigned *found, size_t *bytes)
{
    *found = plat_classes_found;
    *bytes = plat_class_bytes;
}

const uint8_t *plat_find_class(const char *internal_name, size_t *len, bool *library)
{
    const uint8_t *b = plinth_classimg_find(
        (const void *)(uintptr_t)k_boot->classes, k_boot->classes_size,
        internal_name, len);
    *library = b != NULL;
    if (!b)
        b = plinth_classimg_find(
            (const void *)(uintptr_t)k_boot->app_classes,
            k_boot->app_classes_size, internal_name, len);
    if (b) {
        plat_classes_found++;
        plat_class_bytes += *len;
    }
    return b;
}

const char *plat_class_path(void) { return plat_cp; }

char **plat_environ(void) { return plat_env; }

/* ---- the end -------------------------------------------------------------- */

_Noreturn void plat_exit(int code)
{
    k_exit(code);
}

_Noreturn void plat_abort(const char *msg)
{
    char b[512];
    size_t n = strlen(msg);
    if (n > sizeof b - 13)
        n = sizeof b - 13;
    memcpy(b, "plinth-jvm: ", 12);
    memcpy(b + 12, msg, n);
    b[12 + n] = 0;
    k_abort(b);
}
