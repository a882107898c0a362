/*
 * k_boot.h: the boot info the monitor wrote (read-only to ring 3), and the
 * program's life: start (k_start.c), exit and abort.
 */
#ifndef K_BOOT_H
#define K_BOOT_H

#include "plinth/abi.h"

extern const struct plinth_boot_info *k_boot;

/* The guest program: argv/envp come from the boot info; its return value
 * is the partition's exit code (through libc's exit, which flushes). */
int plinth_main(int argc, char **argv, char **envp);

/* End now: flush the console, then EXIT / ABORT (the monitor exits 134). */
_Noreturn void k_exit(int code);
_Noreturn void k_abort(const char *msg);

#endif
