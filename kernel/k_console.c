/*
 * k_console.c: the console streams (see k_console.h).
 *
 * Ring protocol (include/plinth/abi.h): we produce, the monitor consumes;
 * head and tail count bytes forever.  Data is written before head (release
 * store); tail is read with acquire so the space it frees is really free.
 */
#include <string.h>
#include "k_console.h"
#include "k_boot.h"
#include "k_hc.h"

/* How long one WAIT for ring space may block before we look again: a
 * safety net should a wake-up be lost, not a polling rate. */
#define K_CONSOLE_WAIT_NS 10000000ull

struct k_stream {
    struct plinth_ring *ring;   /* NULL: no ring, use the WRITE call */
    unsigned char *data;
    uint64_t size;
    uint64_t rung;              /* head when the doorbell last rang */
    bool tty;
};

static struct k_stream k_streams[3];

static struct k_stream *k_console_stream(int stream)
{
    if (stream != PLINTH_STREAM_STDOUT && stream != PLINTH_STREAM_STDERR)
        return NULL;
    return &k_streams[stream];
}

void k_console_init(void)
{
    for (int s = PLINTH_STREAM_STDOUT; s <= PLINTH_STREAM_STDERR; s++) {
        struct k_stream *st = &k_streams[s];
        plinth_gpa_t gpa = k_boot->rings[s];
        st->tty = k_boot->flags & (s == PLINTH_STREAM_STDOUT
                                   ? PLINTH_BOOT_STDOUT_TTY
                                   : PLINTH_BOOT_STDERR_TTY);
        if (!gpa)
            continue;
        struct plinth_ring *r = (struct plinth_ring *)(uintptr_t)gpa;
        /* A size that is not a power of two would break the index mask:
         * fall back to synchronous writes rather than corrupt output. */
        if (r->size == 0 || (r->size & (r->size - 1)))
            continue;
        st->ring = r;
        st->data = (unsigned char *)r + PLINTH_RING_DATA_OFFSET;
        st->size = r->size;
        st->rung = r->head;
    }
}

bool k_console_isatty(int stream)
{
    struct k_stream *st = k_console_stream(stream);
    return st && st->tty;
}

static void k_console_ring(struct k_stream *st)
{
    if (st->ring->head != st->rung) {
        st->rung = st->ring->head;
        k_hc_doorbell();
    }
}

/* Blocks until the monitor has freed some of the ring. */
static void k_console_wait_space(struct k_stream *st)
{
    struct plinth_ring *r = st->ring;
    k_console_ring(st);
    r->waiting = 1;
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    while (r->head - __atomic_load_n(&r->tail, __ATOMIC_ACQUIRE) >= st->size) {
        k_hc_doorbell();
        k_hc_wait(PLINTH_EV_RING_SPACE | PLINTH_EV_TIMEOUT, K_CONSOLE_WAIT_NS);
    }
    r->waiting = 0;
}

size_t k_console_write(int stream, const void *buf, size_t len)
{
    struct k_stream *st = k_console_stream(stream);
    if (!st)
        return 0;
    if (!st->ring) {
        k_hc_write(stream, buf, len);
        return len;
    }
    struct plinth_ring *r = st->ring;
    const unsigned char *p = buf;
    size_t left = len;
    while (left) {
        uint64_t head = r->head;
        uint64_t used = head - __atomic_load_n(&r->tail, __ATOMIC_ACQUIRE);
        if (used >= st->size) {
            k_console_wait_space(st);
            continue;
        }
        uint64_t n = st->size - used;
        if (n > left)
            n = left;
        uint64_t at = head & (st->size - 1);
        uint64_t first = st->size - at < n ? st->size - at : n;
        memcpy(st->data + at, p, first);
        memcpy(st->data, p + first, n - first);
        __atomic_store_n(&r->head, head + n, __ATOMIC_RELEASE);
        p += n;
        left -= n;
        if (r->head - st->rung >= st->size / 2)
            k_console_ring(st);
    }
    if (st->tty && memchr(buf, '\n', len))
        k_console_ring(st);
    return len;
}

void k_console_flush(int stream)
{
    struct k_stream *st = k_console_stream(stream);
    if (st && st->ring)
        k_console_ring(st);
}

void k_console_flush_all(void)
{
    k_console_flush(PLINTH_STREAM_STDOUT);
    k_console_flush(PLINTH_STREAM_STDERR);
}
