/* bench/boot: the minimal plinth guest: EXIT(0) at the first instruction. */
    .section .text, "ax"
    .globl _start
_start:
    mov $exit_args, %eax
    mov $0x501, %dx          /* PLINTH_HC_PORT(PLINTH_HC_EXIT) */
    outl %eax, %dx
1:  jmp 1b

    .data
    .balign 8
exit_args:
    .long 0, 0               /* struct plinth_hc_exit: code 0 */
    .section .note.GNU-stack, "", @progbits
