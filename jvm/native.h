/*
 * native.h: binding native methods to the owners' tables (vm.h) by class,
 * name and descriptor, on first call.
 */
#ifndef JVM_NATIVE_H
#define JVM_NATIVE_H

#include "vm.h"

/* Find m's C function; false with UnsatisfiedLinkError pending if none. */
bool native_bind(struct vm_thread *t, struct vm_method *m);

/* natives_core.c: the -D properties of the command line ("k=v"). */
void native_set_properties(const char **kv, int n);

#endif
