/*
 * k_hc.h: hypercalls, made by ring 3 itself.
 *
 * A hypercall is a 32-bit `out` of the argument struct's guest-physical
 * address to the call's port (include/plinth/abi.h).  Memory is identity
 * mapped, so a pointer is its guest-physical address; the argument struct
 * must lie below 4 GiB (k_hc_* keep theirs in the image).  The TSS I/O bitmap
 * (sv_entry.S) lets ring 3 reach exactly these ports and the doorbell.
 */
#ifndef K_HC_H
#define K_HC_H

#include <stddef.h>
#include <stdint.h>
#include "plinth/abi.h"

static inline void k_hc(enum plinth_hc_nr nr, void *args)
{
    __asm__ volatile("outl %0, %w1"
                     :: "a"((uint32_t)(uintptr_t)args),
                        "d"((uint16_t)PLINTH_HC_PORT(nr)) : "memory");
}

/* Wakes the monitor's stream thread (an ioeventfd: no vCPU exit). */
static inline void k_hc_doorbell(void)
{
    __asm__ volatile("outl %0, %w1"
                     :: "a"(0), "d"((uint16_t)PLINTH_DOORBELL_PORT) : "memory");
}

/* Synchronous write, ordered by the monitor after the stream's ring. */
uint64_t k_hc_write(int stream, const void *buf, size_t len);
_Noreturn void k_hc_exit(int code);
_Noreturn void k_hc_abort(const char *msg, size_t len);
void k_hc_walltime(uint64_t *ns, uint64_t *tsc);
void k_hc_random(void *buf, size_t len);     /* len <= PLINTH_RANDOM_MAX */
uint32_t k_hc_wait(uint32_t events, uint64_t timeout_ns);

#endif
