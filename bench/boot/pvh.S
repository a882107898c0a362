/* bench/boot: the minimal PVH guest for QEMU: a Xen PHYS32_ENTRY note
 * makes QEMU enter it in 32-bit protected mode; it writes 0 to
 * isa-debug-exit (port 0xf4), which ends QEMU with status 1. */
    .code32
    .section .text, "ax"
    .globl _start
_start:
    xor %eax, %eax
    outb %al, $0xf4
1:  hlt
    jmp 1b

    .section .note.Xen, "a"
    .balign 4
    .long 4                  /* name size: "Xen\0" */
    .long 4                  /* descriptor size */
    .long 18                 /* XEN_ELFNOTE_PHYS32_ENTRY */
    .asciz "Xen"
    .long _start
    .section .note.GNU-stack, "", @progbits
