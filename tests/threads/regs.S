/*
 * regs.S: a test helper.  uint64_t regs_across(void (*fn)(void), uint64_t seed)
 * loads seed, seed+1, ... into the six callee-saved registers, calls fn
 * (which switches threads), and returns 0 if every register still holds its
 * value afterwards, else 1.  While fn runs the values sit only in registers
 * (and, once switched out, in the thread's saved context).
 */
        .text
        .globl  regs_across
        .type   regs_across, @function
regs_across:
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        subq    $24, %rsp
        movq    %rdi, 0(%rsp)
        movq    %rsi, 8(%rsp)
        movq    %rsi, %rbx
        leaq    1(%rsi), %rbp
        leaq    2(%rsi), %r12
        leaq    3(%rsi), %r13
        leaq    4(%rsi), %r14
        leaq    5(%rsi), %r15
        call    *0(%rsp)
        movq    8(%rsp), %rsi
        xorl    %eax, %eax
        cmpq    %rsi, %rbx
        jne     1f
        incq    %rsi
        cmpq    %rsi, %rbp
        jne     1f
        incq    %rsi
        cmpq    %rsi, %r12
        jne     1f
        incq    %rsi
        cmpq    %rsi, %r13
        jne     1f
        incq    %rsi
        cmpq    %rsi, %r14
        jne     1f
        incq    %rsi
        cmpq    %rsi, %r15
        je      2f
1:      movl    $1, %eax
2:      addq    $24, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .size   regs_across, .-regs_across
        .section .note.GNU-stack,"",@progbits
