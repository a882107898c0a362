/*
 * k_clock.h: time without exits.  Monotonic time is the TSC scaled by the
 * boot info's frequency; wall time is boot_wall_ns plus the TSC time since
 * boot_tsc, re-anchored by k_clock_resync (one WALLTIME hypercall).
 */
#ifndef K_CLOCK_H
#define K_CLOCK_H

#include <stdint.h>

void k_clock_init(void);
uint64_t k_clock_ns(void);       /* monotonic, ns since the partition booted */
uint64_t k_clock_wall_ns(void);  /* ns since the epoch */
void k_clock_resync(void);       /* re-read the host's wall clock */
void k_clock_restored(void);     /* after a snapshot restore (k_checkpoint) */

static inline uint64_t k_clock_tsc(void)
{
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}

#endif
