/*
 * k_clock.c: the clock (see k_clock.h).  ns = (tsc delta * mult) >> 32
 * with mult = 10^9 * 2^32 / tsc_hz, computed once; a 128-bit product so a
 * long uptime never overflows.
 */
#include "k_clock.h"
#include "k_boot.h"
#include "k_hc.h"

static uint64_t k_clock_mult;       /* ns per tick, 32.32 fixed point */
static uint64_t k_clock_boot_tsc;
static uint64_t k_clock_mono_base;  /* monotonic ns at k_clock_boot_tsc */
static uint64_t k_clock_wall_base;  /* wall ns at k_clock_wall_tsc */
static uint64_t k_clock_wall_tsc;

static uint64_t k_clock_scale(uint64_t ticks)
{
    return (uint64_t)(((unsigned __int128)ticks * k_clock_mult) >> 32);
}

static void k_clock_set_hz(uint64_t hz)
{
    if (!hz)
        hz = 1000000000ull;
    k_clock_mult = (uint64_t)(((unsigned __int128)1000000000ull << 32) / hz);
}

void k_clock_init(void)
{
    k_clock_set_hz(k_boot->tsc_hz);
    k_clock_boot_tsc = k_boot->boot_tsc;
    k_clock_wall_base = k_boot->boot_wall_ns;
    k_clock_wall_tsc = k_boot->boot_tsc;
}

uint64_t k_clock_ns(void)
{
    uint64_t t = k_clock_tsc();
    return k_clock_mono_base +
           (t > k_clock_boot_tsc ? k_clock_scale(t - k_clock_boot_tsc) : 0);
}

uint64_t k_clock_wall_ns(void)
{
    uint64_t t = k_clock_tsc();
    return k_clock_wall_base +
           (t > k_clock_wall_tsc ? k_clock_scale(t - k_clock_wall_tsc) : 0);
}

void k_clock_resync(void)
{
    uint64_t ns, tsc;
    k_hc_walltime(&ns, &tsc);
    if (ns) {
        k_clock_wall_base = ns;
        k_clock_wall_tsc = tsc;
    }
}

/* The monitor restored the guest's TSC to its value at the checkpoint, so
 * monotonic time goes on from there (the time spent saved does not count,
 * as a suspended machine's CLOCK_MONOTONIC); the TSC's rate may be another
 * host's, so it is re-read, and the wall clock takes the restore's anchor. */
void k_clock_restored(void)
{
    uint64_t mono = k_clock_ns();
    k_clock_boot_tsc = k_clock_tsc();
    k_clock_mono_base = mono;
    k_clock_set_hz(k_boot->tsc_hz);
    if (k_boot->restore_wall_ns) {
        k_clock_wall_base = k_boot->restore_wall_ns;
        k_clock_wall_tsc = k_boot->restore_tsc;
    } else {
        k_clock_resync();
    }
}
