/*
 * k_wait.c: blocking waits (see k_wait.h).  The monitor measures the
 * timeout with its own clock; the guest's clock decides when the deadline
 * has passed, so a wait that returns a little early simply waits again.
 */
#include "k_wait.h"
#include "k_clock.h"
#include "k_hc.h"

uint32_t k_wait(uint32_t events, uint64_t deadline_ns)
{
    for (;;) {
        uint64_t now = k_clock_ns();
        if (deadline_ns != K_WAIT_FOREVER && now >= deadline_ns)
            return PLINTH_EV_TIMEOUT;
        uint64_t timeout = deadline_ns == K_WAIT_FOREVER
                               ? UINT64_MAX : deadline_ns - now;
        uint32_t ready = k_hc_wait(events | PLINTH_EV_TIMEOUT, timeout);
        ready &= events;
        if (ready)
            return ready;
    }
}

void k_sleep_until(uint64_t deadline_ns)
{
    k_wait(0, deadline_ns);
}
