/* Test guest entry (ring 0, %rdi = boot info) and the drop to ring 3. */
    .section .text.start, "ax"
    .globl _start
_start:
    lea stack0_top(%rip), %rsp
    call guest_main0
1:  jmp 1b

/* void guest_to_user(void (*fn)(void), void *stack): iretq to fn at ring 3
 * with IOPL 3, so ring 3 may use the hypercall ports. */
    .globl guest_to_user
guest_to_user:
    pushq $0x1b          /* SS: user data */
    pushq %rsi           /* RSP */
    pushq $0x3002        /* RFLAGS: IOPL 3, interrupts off */
    pushq $0x23          /* CS: user 64-bit code */
    pushq %rdi           /* RIP */
    iretq

    .bss
    .balign 16
    .space 8192
stack0_top:
