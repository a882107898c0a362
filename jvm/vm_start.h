/*
 * vm_start.h: the start-up both JVM commands share (hosted main_hosted.c,
 * partition main_partition.c): java's common flags, then heap, main
 * thread, core classes, System, the main class and its main(String[]).
 */
#ifndef JVM_VM_START_H
#define JVM_VM_START_H

#include "vm.h"

/* "64m", "1g", "4096": bytes, or 0 if malformed (java's -Xmx syntax). */
size_t vm_start_parse_size(const char *s);

/* java's "could not create" ending, exit code 1. */
_Noreturn void vm_start_cannot_create(void);

/* One flag both commands accept (-Xmx, -Xss, -D, -ea, -XX:...): applies it
 * to vm_opts or props and returns true, or false if it is not one of them.
 * Exits with java's message on a malformed value or an unknown -XX:. */
bool vm_start_flag(const char *a, const char **props, int *nprops);

/* Hooks of one command's start; any may be NULL. */
struct vm_start_hooks {
    void (*phase)(const char *what);   /* a start-up phase ended */
    /* Just before main: may replace its arguments (a restored snapshot). */
    void (*before_main)(int *nargs, char ***args);
};

/* Start the VM and run main_name's main(args), then wait for the
 * non-daemon threads and exit; java's messages and exit codes on failure.
 * cstack_marker is an address in the caller's frame (the main thread's C
 * stack top). */
_Noreturn void vm_start(const char *main_name, int nargs, char **args, void *cstack_marker,
                        const struct vm_start_hooks *hooks);

#endif
