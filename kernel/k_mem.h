/*
 * k_mem.h: the page allocator over the boot info's FREE regions.
 *
 * Memory is identity mapped and the monitor's fresh memory is zero and
 * costs the host nothing until touched, so k_mem_alloc hands out address
 * ranges without touching them; only recycled pages are zeroed, and only
 * when handed out again.  Page granular; first fit over a sorted list of
 * free extents, merged on free.  Used by musl's malloc (through mmap in
 * k_syscall.c) and directly by the JVM for its heap.
 *
 * The first K_MEM_WARM bytes of free memory are kept for requests smaller
 * than K_MEM_LARGE (malloc's groups, small tables): large ones (the heap,
 * stacks, side tables) go above while there is room.  Start-up's small
 * allocations then sit together at the start of free memory, which the
 * monitor pre-faults (monitor/mon_warm.c), and a large reservation's
 * untouched pages never come between them.
 */
#ifndef K_MEM_H
#define K_MEM_H

#include <stddef.h>

#define K_PAGE_SIZE 4096ul
#define K_MEM_WARM  (4ul << 20)
#define K_MEM_LARGE (256ul << 10)

void k_mem_init(void);
/* bytes rounded up to pages; zeroed; NULL if no free extent is that big. */
void *k_mem_alloc(size_t bytes);
/* Aligned to `align` (a power of two, at least a page). */
void *k_mem_alloc_aligned(size_t bytes, size_t align);
/* Returns pages (bytes rounded up); p page aligned, from k_mem_alloc.
 * Frees of K_MEM_DISCARD_MIN or more also give the host the memory. */
#define K_MEM_DISCARD_MIN (64ul << 10)
void k_mem_free(void *p, size_t bytes);
/* The host may take back the memory of the whole pages in [p, p+bytes);
 * they stay the caller's, their contents unspecified (DISCARD, abi.h). */
void k_mem_discard(void *p, size_t bytes);
size_t k_mem_free_bytes(void);

#endif
