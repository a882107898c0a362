/*
 * native.c: binds a native method to its C function, searching the
 * owners' tables (core, heap, threads, library) once per method; the
 * result is kept in the method.
 */
#include "native.h"
#include "class.h"

#include <string.h>

extern const struct vm_native vm_natives_reflect[];   /* natives_reflect.c */

static const struct vm_native *const tables[] = {
    vm_natives_core, vm_natives_heap, vm_natives_thread, vm_natives_lib,
    vm_natives_plinth, vm_natives_fs, vm_natives_reflect,
};

bool native_bind(struct vm_thread *t, struct vm_method *m)
{
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        for (const struct vm_native *n = tables[i]; n && n->cls; n++) {
            if (strcmp(n->name, m->name) == 0 && strcmp(n->desc, m->desc) == 0 &&
                strcmp(n->cls, m->cls->name) == 0) {
                m->native = n->fn;
                return true;
            }
        }
    }
    char buf[1024];
    class_method_string(m->cls->name, m->name, m->desc, buf, sizeof buf);
    return vm_throw(t, "java/lang/UnsatisfiedLinkError", "%s", buf);
}
