/*
 * k_wait.h: sleeping without spinning.  The vCPU blocks in the monitor
 * (WAIT hypercall) until an event or the deadline, in k_clock_ns() units.
 */
#ifndef K_WAIT_H
#define K_WAIT_H

#include <stdint.h>

#define K_WAIT_FOREVER UINT64_MAX

/* Waits for any of `events` (PLINTH_EV_*) or the deadline; returns the
 * events that happened (PLINTH_EV_TIMEOUT once the deadline has passed). */
uint32_t k_wait(uint32_t events, uint64_t deadline_ns);

/* Returns once k_clock_ns() >= deadline_ns. */
void k_sleep_until(uint64_t deadline_ns);

#endif
