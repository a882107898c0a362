/*
 * k_mem.c: the page allocator (see k_mem.h).
 *
 * Free memory is a sorted array of extents, each clean (never handed out,
 * so still zero) or dirty (freed; zeroed when handed out again).  Extents
 * of the same kind merge with their neighbours.  The array is fixed: if a
 * free would need more extents than it holds, those pages are dropped (and
 * counted) rather than failing, which keeps free() total.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "k_mem.h"
#include "k_boot.h"
#include "k_hc.h"

#define K_MEM_EXTENTS 1024

struct k_extent {
    uintptr_t base;
    size_t size;
    bool dirty;
};

static struct k_extent k_ext[K_MEM_EXTENTS];
static unsigned k_next;
static size_t k_mem_lost;   /* pages dropped because the array was full */
static uintptr_t k_mem_warm_end;   /* large requests start here if they can */

static void k_mem_insert(unsigned i, uintptr_t base, size_t size, bool dirty)
{
    memmove(&k_ext[i + 1], &k_ext[i], (k_next - i) * sizeof k_ext[0]);
    k_ext[i] = (struct k_extent){ base, size, dirty };
    k_next++;
}

static void k_mem_remove(unsigned i)
{
    memmove(&k_ext[i], &k_ext[i + 1], (k_next - i - 1) * sizeof k_ext[0]);
    k_next--;
}

/* Adds [base, base + size) to the free list, merging with neighbours of
 * the same kind. */
static void k_mem_add(uintptr_t base, size_t size, bool dirty)
{
    unsigned i = 0;
    while (i < k_next && k_ext[i].base < base)
        i++;
    if (i > 0 && k_ext[i - 1].dirty == dirty &&
        k_ext[i - 1].base + k_ext[i - 1].size == base) {
        k_ext[i - 1].size += size;
        if (i < k_next && k_ext[i].dirty == dirty &&
            base + size == k_ext[i].base) {
            k_ext[i - 1].size += k_ext[i].size;
            k_mem_remove(i);
        }
        return;
    }
    if (i < k_next && k_ext[i].dirty == dirty && base + size == k_ext[i].base) {
        k_ext[i].base = base;
        k_ext[i].size += size;
        return;
    }
    if (k_next == K_MEM_EXTENTS) {
        k_mem_lost += size / K_PAGE_SIZE;
        return;
    }
    k_mem_insert(i, base, size, dirty);
}

void k_mem_init(void)
{
    for (uint32_t r = 0; r < k_boot->nregions && r < PLINTH_MEM_REGIONS_MAX; r++) {
        const struct plinth_mem_region *m = &k_boot->regions[r];
        if (m->type != PLINTH_MEM_FREE)
            continue;
        uintptr_t lo = (m->base + K_PAGE_SIZE - 1) & ~(K_PAGE_SIZE - 1);
        uintptr_t hi = (m->base + m->size) & ~(K_PAGE_SIZE - 1);
        if (hi > lo)
            k_mem_add(lo, hi - lo, false);
    }
    if (k_next)
        k_mem_warm_end = k_ext[0].base + K_MEM_WARM;
}

/* First fit at or above floor. */
static void *k_mem_take(size_t size, size_t align, uintptr_t floor)
{
    for (unsigned i = 0; i < k_next; i++) {
        struct k_extent e = k_ext[i];
        uintptr_t from = e.base > floor ? e.base : floor;
        uintptr_t at = (from + align - 1) & ~(uintptr_t)(align - 1);
        if (at < e.base || at - e.base > e.size || e.size - (at - e.base) < size)
            continue;
        /* Cut [at, at + size) out of extent i: up to two pieces remain. */
        size_t before = at - e.base, after = e.size - before - size;
        if (before && after) {
            if (k_next == K_MEM_EXTENTS)
                continue;
            k_ext[i].size = before;
            k_mem_insert(i + 1, at + size, after, e.dirty);
        } else if (before) {
            k_ext[i].size = before;
        } else if (after) {
            k_ext[i].base = at + size;
            k_ext[i].size = after;
        } else {
            k_mem_remove(i);
        }
        if (e.dirty)
            memset((void *)at, 0, size);
        return (void *)at;
    }
    return NULL;
}

void *k_mem_alloc_aligned(size_t bytes, size_t align)
{
    if (bytes == 0 || bytes > SIZE_MAX - K_PAGE_SIZE)
        return NULL;
    if (align < K_PAGE_SIZE)
        align = K_PAGE_SIZE;
    size_t size = (bytes + K_PAGE_SIZE - 1) & ~(K_PAGE_SIZE - 1);
    void *p = NULL;
    if (size >= K_MEM_LARGE)
        p = k_mem_take(size, align, k_mem_warm_end);
    return p ? p : k_mem_take(size, align, 0);
}

void *k_mem_alloc(size_t bytes)
{
    return k_mem_alloc_aligned(bytes, K_PAGE_SIZE);
}

void k_mem_discard(void *p, size_t bytes)
{
    uintptr_t lo = ((uintptr_t)p + K_PAGE_SIZE - 1) & ~(K_PAGE_SIZE - 1);
    uintptr_t hi = ((uintptr_t)p + bytes) & ~(K_PAGE_SIZE - 1);
    if (hi <= lo)
        return;
    struct plinth_hc_discard a __attribute__((aligned(8))) = { lo, hi - lo };
    k_hc(PLINTH_HC_DISCARD, &a);
}

void k_mem_free(void *p, size_t bytes)
{
    if (!p || bytes == 0)
        return;
    size_t size = (bytes + K_PAGE_SIZE - 1) & ~(K_PAGE_SIZE - 1);
    /* A large free (a thread's stacks, a big malloc) gives the host its
     * memory back; recycled pages are cleared when handed out again. */
    if (size >= K_MEM_DISCARD_MIN)
        k_mem_discard(p, size);
    k_mem_add((uintptr_t)p & ~(K_PAGE_SIZE - 1), size, true);
}

size_t k_mem_free_bytes(void)
{
    size_t n = 0;
    for (unsigned i = 0; i < k_next; i++)
        n += k_ext[i].size;
    return n;
}
