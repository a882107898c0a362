/*
 * k_syscall_entry.S: where musl's system calls land (MSR_LSTAR).
 *
 * musl makes its few system calls with the SYSCALL instruction.  Under PVM
 * (our /dev/kvm), SYSCALL from ring 3 jumps to LSTAR without leaving ring
 * 3; on hardware that follows the architecture it enters ring 0 there.  So
 * LSTAR points at k_sc_lstar, in ring-3 text: in ring 3 it goes straight
 * on; in ring 0 it returns to ring 3 with SYSRET first (this needs SMEP
 * off, which it is).  Either way the call is served in ring 3 by
 * k_syscall (k_syscall.c), never by emulated ring-0 code.
 *
 * We keep the Linux system-call contract for the caller: only RAX (the
 * result), RCX and R11 change; every other general register and all
 * x87/SSE/AVX state (saved with XSAVE, or FXSAVE without it) survive, and
 * the caller's red zone is stepped over.  One slot holds the return
 * address: one vCPU, no interrupts, and k_syscall makes no system call.
 */
#define K_SC_XAREA 4096     /* >= the XSAVE area for the enabled features */

    .text
    .globl k_sc_lstar
k_sc_lstar:
    mov %rcx, k_sc_rip(%rip)        /* the caller's return address */
    mov %cs, %ecx
    test $3, %ecx
    jnz k_sc_entry                  /* PVM: still in ring 3 */
    lea k_sc_entry(%rip), %rcx      /* ring 0: drop to ring 3 first */
    sysretq

    .globl k_sc_entry
    .type k_sc_entry, @function
k_sc_entry:
    lea -128(%rsp), %rsp            /* the caller's red zone */
    pushq k_sc_rip(%rip)            /* `ret $128` below returns there */
    push %rbp
    mov %rsp, %rbp
    push %rdi                       /* -8(%rbp) */
    push %rsi                       /* -16 */
    push %rdx                       /* -24 */
    push %r8                        /* -32 */
    push %r9                        /* -40 */
    push %r10                       /* -48 */
    sub $K_SC_XAREA, %rsp
    and $-64, %rsp
    mov %rax, %r11                  /* the call number; R11 is ours */
    cmpb $0, k_sc_xsave(%rip)
    je 1f
    xor %eax, %eax                  /* XRSTOR wants a zeroed header */
    mov %rax, 512(%rsp)
    mov %rax, 520(%rsp)
    mov %rax, 528(%rsp)
    mov %rax, 536(%rsp)
    mov %rax, 544(%rsp)
    mov %rax, 552(%rsp)
    mov %rax, 560(%rsp)
    mov %rax, 568(%rsp)
    mov $-1, %eax
    mov $-1, %edx
    xsave64 (%rsp)
    jmp 2f
1:  fxsave64 (%rsp)
2:  cld
    mov -24(%rbp), %rdx
    /* k_syscall(nr, a1, a2, a3, a4, a5, a6): from the Linux registers
     * (rax; rdi rsi rdx r10 r8 r9) to the C ones (rdi rsi rdx rcx r8 r9,
     * then the stack). */
    sub $8, %rsp
    push %r9
    mov %r8, %r9
    mov %r10, %r8
    mov %rdx, %rcx
    mov %rsi, %rdx
    mov %rdi, %rsi
    mov %r11, %rdi
    call k_syscall
    add $16, %rsp
    mov %rax, %r11
    cmpb $0, k_sc_xsave(%rip)
    je 3f
    mov $-1, %eax
    mov $-1, %edx
    xrstor64 (%rsp)
    jmp 4f
3:  fxrstor64 (%rsp)
4:  mov %r11, %rax
    lea -48(%rbp), %rsp
    pop %r10
    pop %r9
    pop %r8
    pop %rdx
    pop %rsi
    pop %rdi
    pop %rbp
    ret $128
    .size k_sc_entry, . - k_sc_entry

    .section .note.GNU-stack, "", @progbits
