/*
 * mon_warm: pre-faults the guest's start-up working set on a helper thread
 * (see mon_warm.h for why).  The helper only asks the host kernel to back
 * pages (MADV_POPULATE_WRITE): it never reads or writes guest memory, so
 * it cannot race with the guest or the monitor, and pages it has not
 * reached yet are simply faulted in by the guest as before.
 */
#include "mon_warm.h"

#include <elf.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/mman.h>

#include "mon_mem.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23   /* Linux 5.14 */
#endif

#define PAGE 4096ull
#define SEG_TOP (64 * 1024ull)   /* of each writable segment: stack top, bss */
#define CHUNK (64 * 1024ull)     /* between looks at the stop flag */
#define RANGES (MON_SEGS_MAX + 1)

static struct {
    uint8_t *at[RANGES];
    uint64_t len[RANGES];
    int n;
    pthread_t thread;
    int started;
    atomic_int stop;
    atomic_uint_fast64_t pages;
} warm;

static void add(const struct mon_mem *m, uint64_t gpa, uint64_t len)
{
    gpa &= ~(PAGE - 1);
    len = (len + PAGE - 1) & ~(PAGE - 1);
    uint8_t *host = mon_gpa(m, gpa, len);
    if (host && len && warm.n < RANGES) {
        warm.at[warm.n] = host;
        warm.len[warm.n++] = len;
    }
}

static void *warm_main(void *arg)
{
    (void)arg;
    for (int i = 0; i < warm.n; i++)
        for (uint64_t off = 0; off < warm.len[i]; off += CHUNK) {
            if (atomic_load_explicit(&warm.stop, memory_order_relaxed))
                return NULL;
            uint64_t n = warm.len[i] - off < CHUNK ? warm.len[i] - off : CHUNK;
            if (madvise(warm.at[i] + off, n, MADV_POPULATE_WRITE) < 0)
                return NULL;   /* an older kernel: the guest faults them in */
            atomic_fetch_add(&warm.pages, n / PAGE);
        }
    return NULL;
}

void mon_warm_start(struct mon_part *p)
{
    /* In the order the guest first needs them: the layer's stack and data
     * as it boots, then its allocator's first pages. */
    for (int i = 0; i < p->img.nsegs; i++) {
        const struct mon_seg *s = &p->img.segs[i];
        if (!(s->flags & PF_W))
            continue;
        uint64_t len = s->memsz < SEG_TOP ? s->memsz : SEG_TOP;
        add(&p->mem, s->gpa + s->memsz - len, len);
    }
    if (p->free_base < p->mem.size) {
        uint64_t left = p->mem.size - p->free_base;
        add(&p->mem, p->free_base, left < MON_WARM_FREE ? left : MON_WARM_FREE);
    }
    if (warm.n && pthread_create(&warm.thread, NULL, warm_main, NULL) == 0)
        warm.started = 1;
}

static uint64_t join(int stop)
{
    if (warm.started) {
        atomic_store(&warm.stop, stop);
        pthread_join(warm.thread, NULL);
        warm.started = 0;
    }
    return atomic_load(&warm.pages);
}

uint64_t mon_warm_finish(void)
{
    return join(0);
}

uint64_t mon_warm_stop(void)
{
    return join(1);
}
