/*
 * thread_switch.S: the green-thread context switch, x86-64 System V.
 *
 * A suspended thread's context is what thread_switch pushed on its own C
 * stack: the callee-saved registers, MXCSR and the x87 control word (their
 * rounding and exception masks are callee-saved too), under the return
 * address.  Only the stack pointer is stored elsewhere.  Because the
 * registers sit on the thread's stack, the collector's conservative scan of
 * [saved sp, stack top) sees every pointer a suspended thread holds.
 *
 * Layout at the saved sp, lowest address first:
 *   +0 MXCSR (4 bytes) and x87 control word (2 bytes)
 *   +8 r15, +16 r14, +24 r13, +32 r12, +40 rbx, +48 rbp, +56 return address
 * thread.c builds the same layout on a new stack, returning into
 * thread_boot with the entry function in r13 and its argument in r12.
 */
        .text

/* void thread_switch(void **save_sp, void *new_sp) */
        .globl  thread_switch
        .type   thread_switch, @function
thread_switch:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        subq    $8, %rsp
        stmxcsr (%rsp)
        fnstcw  4(%rsp)
        movq    %rsp, (%rdi)

        movq    %rsi, %rsp
        ldmxcsr (%rsp)
        fldcw   4(%rsp)
        addq    $8, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   thread_switch, .-thread_switch

/* The first code a new context runs: rsp is 16-byte aligned here, so the
 * call leaves the entry function with the ABI's alignment.  The entry never
 * returns (a finished thread switches away for good). */
        .globl  thread_boot
        .type   thread_boot, @function
thread_boot:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        movq    %r12, %rdi
        call    *%r13
        ud2
        .cfi_endproc
        .size   thread_boot, .-thread_boot

        .section .note.GNU-stack,"",@progbits
