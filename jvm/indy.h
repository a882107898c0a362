/*
 * indy.h: invokedynamic, handled by the VM itself: string concatenation
 * (StringConcatFactory), lambdas and method references
 * (LambdaMetafactory), and records' toString/equals/hashCode
 * (ObjectMethods).  A linked call site is cached in the class's rcache at
 * the InvokeDynamic constant's index.
 */
#ifndef JVM_INDY_H
#define JVM_INDY_H

#include "vm.h"

struct indy_site {
    /* A Java method to call with the site's arguments (a lambda proxy's
     * factory), or NULL: indy_invoke answers in C. */
    struct vm_method *method;
    int kind;
    void *data;
};

/* Link the InvokeDynamic constant idx of class c (once). */
bool indy_link(struct vm_thread *t, struct vm_class *c, uint16_t idx);
/* Run a C-answered site: arguments on the stack below sp; returns the new
 * sp (result pushed) or NULL with an exception pending. */
vm_value *indy_invoke(struct vm_thread *t, struct indy_site *site, vm_value *sp);

#endif
