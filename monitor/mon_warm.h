/*
 * mon_warm: backs the guest's start-up working set with host pages before
 * the guest needs them, on a helper thread that runs while KVM creates the
 * VM and the guest boots.  Why it pays (docs/performance.md, "Start-up"):
 * under shadow paging a guest's first touch of a page costs an exit, and
 * KVM maps up to 8 neighbouring pages in that exit only if the host already
 * has them; a page the host must first allocate costs a fault of its own.
 */
#ifndef MON_WARM_H
#define MON_WARM_H

#include "mon_part.h"

/* How much of FREE memory, from its start, is pre-faulted: the guest's
 * page allocator (kernel/k_mem.c) keeps the first K_MEM_WARM bytes of free
 * memory for small allocations (malloc's), so this is where start-up's
 * metadata lands.  Must not exceed K_MEM_WARM. */
#define MON_WARM_FREE (1024 * 1024)

/* Starts pre-faulting the top of each writable image segment (the ring-3
 * stack's top, data and bss) and the first MON_WARM_FREE bytes of free
 * memory.  Call after mon_boot_layout (free_base known).  Failure is not
 * an error: the guest then faults its pages in itself. */
void mon_warm_start(struct mon_part *p);

/* Waits for the helper to finish (--stats, so that its pages are counted
 * as the monitor's), or stops it at its next chunk and waits; both return
 * how many pages it pre-faulted and are safe if it never started. */
uint64_t mon_warm_finish(void);
uint64_t mon_warm_stop(void);

#endif
