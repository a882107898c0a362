/*
 * mon_snap_warm: builds a prepared copy's warm list (see mon_snap_warm.h).
 *
 * The guest touches the listed pages from ring 3, so a page it may not
 * touch there (the supervisor's, a gap between image segments) must never
 * be listed: each page is checked against the guest's own page tables,
 * walked here as the MMU would, and a write is listed only where every
 * level allows ring 3 to write.
 */
#include "mon_snap_warm.h"

#include <fcntl.h>
#include <unistd.h>

#include "mon_boot.h"
#include "mon_mem.h"

#define PAGE     4096ull
#define PAGEMAP_PRESENT (1ull << 63)

/* Pages outside the snapshot that copies used (learned) are listed up to
 * this many, lowest first: each is a page every waiting copy holds. */
#define WARM_EXTRA_MAX 4096

enum { WARM_NONE, WARM_READ, WARM_WRITE };

/* What ring 3 may do to the page at va (identity-mapped guest memory). */
static int access_of(const struct mon_mem *m, uint64_t cr3, uint64_t va)
{
    uint64_t table = cr3 & PTE_ADDR, w = PTE_W;
    for (int level = 3; level >= 0; level--) {
        const uint64_t *e = mon_gpa(m, table + ((va >> (12 + 9 * level)) & 511) * 8, 8);
        if (!e || !(*e & PTE_P) || !(*e & PTE_U))
            return WARM_NONE;
        w &= *e;
        if (level == 0 || (level <= 2 && (*e & PTE_PS)))
            return w ? WARM_WRITE : WARM_READ;
        table = *e & PTE_ADDR;
    }
    return WARM_NONE;
}

struct builder {
    struct plinth_warm_run *out;
    uint32_t n, max;
};

static void add(struct builder *b, uint64_t gpa, int how)
{
    uint64_t flag = how == WARM_WRITE ? PLINTH_WARM_WRITE : 0;
    if (b->n > 0) {
        struct plinth_warm_run *last = &b->out[b->n - 1];
        if ((last->gpa & PLINTH_WARM_WRITE) == flag &&
            (last->gpa & ~(PAGE - 1)) + last->pages * PAGE == gpa) {
            last->pages++;
            return;
        }
    }
    if (b->n < b->max)
        b->out[b->n++] = (struct plinth_warm_run){ gpa | flag, 1 };
}

static void add_page(struct builder *b, const struct mon_part *p,
                     uint64_t cr3, uint64_t gpa)
{
    int how = access_of(&p->mem, cr3, gpa);
    /* The rings are shared with the monitor's threads, which may write
     * them: read only, never a byte written back. */
    if (how == WARM_WRITE && gpa >= PLINTH_RINGS_GPA &&
        gpa < PLINTH_RINGS_GPA + PLINTH_RINGS_SIZE)
        how = WARM_READ;
    if (how != WARM_NONE)
        add(b, gpa, how);
}

uint32_t mon_snap_warm_list(const struct mon_part *p, const struct snap_view *v,
                            uint64_t cr3, const uint8_t *extra,
                            struct plinth_warm_run *out, uint32_t max)
{
    struct builder b = { out, 0, max };
    uint64_t npages = p->mem.size / PAGE, r = 0, extras = 0;
    /* One pass in address order, merging the saved runs with the extra
     * pages, so runs come out sorted and merged. */
    for (uint64_t pg = 0; pg < npages; pg++) {
        while (r < v->hdr->nruns &&
               v->runs[r].gpa / PAGE + v->runs[r].pages <= pg)
            r++;
        uint64_t next = r < v->hdr->nruns ? v->runs[r].gpa / PAGE : npages;
        if (pg >= next) {
            add_page(&b, p, cr3, pg * PAGE);
        } else if (extra && extras < WARM_EXTRA_MAX) {
            if (extra[pg / 8] >> (pg % 8) & 1) {
                add_page(&b, p, cr3, pg * PAGE);
                extras++;
            }
        } else {
            pg = next - 1;   /* on to the next saved run */
        }
    }
    return b.n;
}

int mon_snap_warm_learn(const struct mon_part *p, uint8_t *bits)
{
    int fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    static uint64_t e[4096];
    uint64_t npages = p->mem.size / PAGE;
    uint64_t first = (uint64_t)(uintptr_t)p->mem.base / PAGE;
    for (uint64_t pg = 0; pg < npages; pg += 4096) {
        uint64_t n = npages - pg < 4096 ? npages - pg : 4096;
        ssize_t got = pread(fd, e, n * 8, (off_t)((first + pg) * 8));
        if (got != (ssize_t)(n * 8)) {
            close(fd);
            return -1;
        }
        for (uint64_t i = 0; i < n; i++)
            if (e[i] & PAGEMAP_PRESENT)
                __atomic_fetch_or(&bits[(pg + i) / 8], (uint8_t)(1u << ((pg + i) % 8)),
                                  __ATOMIC_RELAXED);
    }
    close(fd);
    return 0;
}
