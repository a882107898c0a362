/*
 * weak_stubs.c: weak placeholders that let the JVM link while its modules
 * were written side by side.  Every module has landed, so only the native
 * tables remain: an owner whose table is empty may drop theirs and the
 * JVM still links (a native looked up there is then unbound and throws
 * UnsatisfiedLinkError naming it).  A module's strong definition always
 * replaces its placeholder.
 */
#include "vm.h"

#define WEAK __attribute__((weak))

WEAK const struct vm_native vm_natives_core[1];
WEAK const struct vm_native vm_natives_heap[1];
WEAK const struct vm_native vm_natives_thread[1];
WEAK const struct vm_native vm_natives_lib[1];
WEAK const struct vm_native vm_natives_plinth[1];
