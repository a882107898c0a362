/*
 * k_syscall.h: the Linux system calls that musl's libc makes, served in
 * ring 3 (see k_syscall.c).
 */
#ifndef K_SYSCALL_H
#define K_SYSCALL_H

#include <stdint.h>

/* Set by k_start: use XSAVE (else FXSAVE) to keep the caller's FP state. */
extern unsigned char k_sc_xsave;

long k_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

#endif
