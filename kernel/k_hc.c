/*
 * k_hc.c: the hypercalls as plain C functions (see k_hc.h).
 */
#include "k_hc.h"
#include "sv_layout.h"

_Static_assert(SV_HC_COUNT == PLINTH_HC_COUNT,
               "the TSS I/O bitmap (sv_entry.S) must cover every hypercall");
_Static_assert(SV_HC_PORT_BASE == PLINTH_HC_PORT_BASE &&
               SV_DOORBELL == PLINTH_DOORBELL_PORT, "ports out of sync");

uint64_t k_hc_write(int stream, const void *buf, size_t len)
{
    struct plinth_hc_write a = {
        .stream = (uint32_t)stream, .buf = (uintptr_t)buf, .len = len,
    };
    k_hc(PLINTH_HC_WRITE, &a);
    return a.written;
}

_Noreturn void k_hc_exit(int code)
{
    struct plinth_hc_exit a = { .code = code };
    for (;;)
        k_hc(PLINTH_HC_EXIT, &a);
}

_Noreturn void k_hc_abort(const char *msg, size_t len)
{
    struct plinth_hc_abort a = {
        .msg = (uintptr_t)msg,
        .len = len < PLINTH_ABORT_MSG_MAX ? len : PLINTH_ABORT_MSG_MAX,
    };
    for (;;)
        k_hc(PLINTH_HC_ABORT, &a);
}

void k_hc_walltime(uint64_t *ns, uint64_t *tsc)
{
    struct plinth_hc_walltime a = { 0 };
    k_hc(PLINTH_HC_WALLTIME, &a);
    *ns = a.ns;
    *tsc = a.tsc;
}

void k_hc_random(void *buf, size_t len)
{
    struct plinth_hc_random a = { .buf = (uintptr_t)buf, .len = len };
    k_hc(PLINTH_HC_RANDOM, &a);
}

uint32_t k_hc_wait(uint32_t events, uint64_t timeout_ns)
{
    struct plinth_hc_wait a = { .timeout_ns = timeout_ns, .events = events };
    k_hc(PLINTH_HC_WAIT, &a);
    return a.ready;
}
