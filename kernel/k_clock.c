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
static uint64_t k_clock_wall_base;  /* wall ns at k_clock_wall_tsc */
static uint64_t k_clock_wall_tsc;

static uint64_t k_clock_scale(uint64_t ticks)
{
    return (uint64_t)(((unsigned __int128)ticks * k_clock_mult) >> 32);
}

void k_clock_init(void)
{
    uint64_t hz = k_boot->tsc_hz ? k_boot->tsc_hz : 1000000000ull;
    k_clock_mult = (uint64_t)(((unsigned __int128)1000000000ull << 32) / hz);
    k_clock_boot_tsc = k_boot->boot_tsc;
    k_clock_wall_base = k_boot->boot_wall_ns;
    k_clock_wall_tsc = k_boot->boot_tsc;
}

uint64_t k_clock_ns(void)
{
    uint64_t t = k_clock_tsc();
    return t > k_clock_boot_tsc ? k_clock_scale(t - k_clock_boot_tsc) : 0;
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
