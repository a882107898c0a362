/*
 * k_hc.c: the hypercalls as plain C functions (see k_hc.h).
 *
 * The argument structs are static, in the image: a hypercall passes a
 * 32-bit address, and a caller's stack may one day sit above 4 GiB (green
 * threads on k_mem stacks).  One vCPU, no interrupts: nothing re-enters.
 */
#include "k_hc.h"
#include "sv_layout.h"

_Static_assert(SV_HC_COUNT == PLINTH_HC_COUNT,
               "the TSS I/O bitmap (sv_entry.S) must cover every hypercall");
_Static_assert(SV_HC_PORT_BASE == PLINTH_HC_PORT_BASE &&
               SV_DOORBELL == PLINTH_DOORBELL_PORT, "ports out of sync");

uint64_t k_hc_write(int stream, const void *buf, size_t len)
{
    static struct plinth_hc_write a;
    a = (struct plinth_hc_write){
        .stream = (uint32_t)stream, .buf = (uintptr_t)buf, .len = len,
    };
    k_hc(PLINTH_HC_WRITE, &a);
    return a.written;
}

_Noreturn void k_hc_exit(int code)
{
    static struct plinth_hc_exit a;
    a.code = code;
    for (;;)
        k_hc(PLINTH_HC_EXIT, &a);
}

_Noreturn void k_hc_abort(const char *msg, size_t len)
{
    static struct plinth_hc_abort a;
    a.msg = (uintptr_t)msg;
    a.len = len < PLINTH_ABORT_MSG_MAX ? len : PLINTH_ABORT_MSG_MAX;
    for (;;)
        k_hc(PLINTH_HC_ABORT, &a);
}

void k_hc_walltime(uint64_t *ns, uint64_t *tsc)
{
    static struct plinth_hc_walltime a;
    a = (struct plinth_hc_walltime){ 0 };
    k_hc(PLINTH_HC_WALLTIME, &a);
    *ns = a.ns;
    *tsc = a.tsc;
}

void k_hc_random(void *buf, size_t len)
{
    static struct plinth_hc_random a;
    a = (struct plinth_hc_random){ .buf = (uintptr_t)buf, .len = len };
    k_hc(PLINTH_HC_RANDOM, &a);
}

uint32_t k_hc_wait(uint32_t events, uint64_t timeout_ns)
{
    static struct plinth_hc_wait a;
    a = (struct plinth_hc_wait){ .timeout_ns = timeout_ns, .events = events };
    k_hc(PLINTH_HC_WAIT, &a);
    return a.ready;
}
