/*
 * indy.c: invokedynamic.  (Being written: every bootstrap is refused for
 * now with BootstrapMethodError naming it.)
 */
#include "indy.h"
#include "class.h"

bool indy_link(struct vm_thread *t, struct vm_class *c, uint16_t idx)
{
    (void)c; (void)idx;
    return vm_throw(t, "java/lang/BootstrapMethodError", "invokedynamic is not supported yet");
}

vm_value *indy_invoke(struct vm_thread *t, struct indy_site *site, vm_value *sp)
{
    (void)site; (void)sp;
    vm_throw(t, "java/lang/BootstrapMethodError", "invokedynamic is not supported yet");
    return NULL;
}
