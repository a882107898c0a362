/*
 * sv_entry.S: the ring-0 supervisor's entry and tables.
 *
 * Owns: the boot entry (sv_start), the GDT, TSS (with ring 3's I/O
 * permission bitmap) and IDT, the exception stubs, the FS-base service,
 * the SYSCALL MSRs, and the drop to ring 3.  Every table is built at assemble time (see
 * sv_layout.h) so that booting runs only a few dozen ring-0 instructions,
 * which PVM emulates one by one.
 */
#include "sv_layout.h"

/* ---- exception stubs: one per vector, SV_VEC_STRIDE bytes apart ------ */

/* Vectors for which the CPU pushes an error code. */
#define HAS_ERR(n) ((n) == 8 || ((n) >= 10 && (n) <= 14) || (n) == 17 || \
                    (n) == 21 || (n) == 29 || (n) == 30)

    .section .sv.vectors, "ax"
    .code64
    .set vec, 0
    .rept SV_VEC_COUNT
    .balign SV_VEC_STRIDE
    .if vec == 6
    jmp sv_ud                           /* may be the FS-base service */
    .else
    .if HAS_ERR(vec) == 0
    pushq $0
    .endif
    pushq $vec
    jmp sv_fault_entry
    .endif
    .set vec, vec + 1
    .endr
    .org SV_VEC_STRIDE * SV_VEC_SETFS   /* vector SV_VEC_SETFS */
    jmp sv_setfs

/* Common fault path: the frame is [r15..rax][vector][error][rip cs rflags
 * rsp ss]; sv_fault (sv_fault.c) reports it through ABORT and never
 * returns. */
    .section .sv.text, "ax"
sv_fault_entry:
    push %rax
    push %rbx
    push %rcx
    push %rdx
    push %rsi
    push %rdi
    push %rbp
    push %r8
    push %r9
    push %r10
    push %r11
    push %r12
    push %r13
    push %r14
    push %r15
    cld
    mov %rsp, %rdi
    and $-16, %rsp
    call sv_fault
1:  hlt
    jmp 1b

/* ---- boot entry ----------------------------------------------------- */

/* From the monitor: long mode, CPL 0, its GDT, RDI = boot info, RSP = 0.
 * BSS needs no clearing: the monitor gives zeroed memory and the ELF
 * loader leaves every byte past p_filesz zero. */
    .globl sv_start
sv_start:
    lea sv_stack_top(%rip), %rsp
    lgdt sv_gdtr(%rip)
    lidt sv_idtr(%rip)
    pushq $SV_KCODE
    lea 1f(%rip), %rax
    push %rax
    lretq
1:  mov $SV_KDATA, %eax
    mov %eax, %ss
    mov $(SV_UDATA | 3), %eax
    mov %eax, %ds
    mov %eax, %es
    xor %eax, %eax
    mov %eax, %fs
    mov %eax, %gs
    mov $SV_TSS_SEL, %eax
    ltr %ax
    mov $SV_MSR_STAR, %ecx
    xor %eax, %eax
    mov $((SV_STAR_USER << 16) | SV_KCODE), %edx
    wrmsr
    /* SYSCALL (musl's system calls) lands in ring-3 text: see
     * k_syscall_entry.S. */
    mov $SV_MSR_LSTAR, %ecx
    lea k_sc_lstar(%rip), %rax
    xor %edx, %edx
    wrmsr
    mov $SV_MSR_FMASK, %ecx
    mov $SV_FMASK_BITS, %eax
    wrmsr
    /* Drop to ring 3 at k_start(boot_info) on the ring-3 stack; RSP is
     * 8 below 16-byte alignment, as after a call.  RDI is still the boot
     * info pointer.  Interrupts stay off: nothing uses them. */
    pushq $(SV_UDATA | 3)
    pushq $(k_stack_top - 8)
    pushq $0x2
    pushq $(SV_UCODE | 3)
    pushq $k_start
    iretq

/* ---- the one ring-0 service -------------------------------------------
 * `int $SV_VEC_SETFS` with RDI = the new FS base:
 * musl's thread pointer.  Ring 3 cannot set it itself: the vCPU has no
 * FSGSBASE here, and writing the MSR needs ring 0.  A non-canonical base
 * faults here and is reported like any fault. */
sv_setfs:
    push %rax
    push %rcx
    push %rdx
    mov %rdi, %rax
    mov %rdi, %rdx
    shr $32, %rdx
    mov $SV_MSR_FS_BASE, %ecx
    wrmsr
    pop %rdx
    pop %rcx
    pop %rax
    iretq

/* #UD.  PVM does not deliver `int n` from ring 3 through the IDT: it
 * raises #UD at the instruction instead.  So a #UD from ring 3 at the
 * bytes of `int $SV_VEC_SETFS` is that service call (on hardware that
 * honours the gate it never gets here); anything else is a fault.  The
 * first byte is checked before the second: a real #UD at the end of a
 * page must not make us read the next, perhaps unmapped, page. */
sv_ud:
    testb $3, 8(%rsp)                   /* the CS pushed by the CPU */
    jz 1f
    push %rax
    mov 8(%rsp), %rax                   /* RIP of the faulting instruction */
    cmpb $0xcd, (%rax)
    jne 2f
    cmpb $SV_VEC_SETFS, 1(%rax)
    jne 2f
    addq $2, 8(%rsp)                    /* return after the int */
    pop %rax
    jmp sv_setfs
2:  pop %rax
1:  pushq $0
    pushq $6
    jmp sv_fault_entry

/* ---- tables ----------------------------------------------------------- */

    .section .sv.rodata, "a"
    .balign 16
/* Interrupt gates (IF stays 0); ring 3 may use int3 and the FS-base
 * service (DPL 3).
 * gas comparisons give -1 for true, hence the minus sign. */
sv_idt:
    .set vec, 0
    .rept SV_VEC_SETFS + 1
    .if (vec < SV_VEC_COUNT) || (vec == SV_VEC_SETFS)
    .word (SV_TEXT_BASE + SV_VEC_STRIDE * vec) & 0xffff
    .word SV_KCODE
    .byte -(vec == 8)                   /* #DF runs on IST1 */
    .if (vec == 3) || (vec == SV_VEC_SETFS)
    .byte 0xee                          /* present, DPL 3, interrupt gate */
    .else
    .byte 0x8e                          /* present, DPL 0, interrupt gate */
    .endif
    .word (SV_TEXT_BASE + SV_VEC_STRIDE * vec) >> 16
    .long 0
    .long 0
    .else
    .quad 0, 0                          /* not present */
    .endif
    .set vec, vec + 1
    .endr
sv_idt_end:

    .balign 8
sv_idtr:
    .word sv_idt_end - sv_idt - 1
    .quad sv_idt
sv_gdtr:
    .word sv_gdt_end - sv_gdt - 1
    .quad sv_gdt

/* The TSS, at SV_TSS_ADDR.  Only RSP0 (faults from ring 3), IST1 (double
 * fault) and the I/O bitmap are used. */
    .section .sv.tss, "aw"
sv_tss:
    .long 0
    .quad sv_stack_top                  /* rsp0 */
    .quad 0, 0                          /* rsp1, rsp2 */
    .quad 0
    .quad sv_df_stack_top               /* ist1 */
    .quad 0, 0, 0, 0, 0, 0              /* ist2..ist7 */
    .quad 0
    .word 0
    .word SV_TSS_HDR                    /* I/O bitmap offset */
    /* I/O permission bitmap: everything denied but the hypercall ports
     * and the doorbell, each with room for a 32-bit access. */
    .fill SV_HC_PORT_BASE / 8, 1, 0xff
    .byte 0x00                          /* 0x500..0x507 */
    .byte 0x00                          /* 0x508..0x50f */
    .byte 0xfc                          /* 0x510..0x511: hypercall 14 + 3 */
    .fill (SV_DOORBELL - SV_HC_PORT_BASE) / 8 - 3, 1, 0xff
    .byte 0xf0                          /* 0x5f0..0x5f3 */
    .fill (SV_IOMAP_PORTS - SV_DOORBELL) / 8 - 1, 1, 0xff
    .byte 0xff                          /* required terminator */
sv_tss_end:
    .if sv_tss_end - sv_tss - 1 - SV_TSS_LIMIT
    .error "TSS size does not match SV_TSS_LIMIT"
    .endif
    .if SV_HC_COUNT != 15
    .error "update the I/O bitmap for the new hypercall count"
    .endif

    .section .sv.data, "aw"
    .balign 16
sv_gdt:
    .quad 0
    .quad 0x00af9b000000ffff            /* 0x08 ring-0 code, 64-bit */
    .quad 0x00cf93000000ffff            /* 0x10 ring-0 data */
    .quad 0                             /* 0x18 (SYSRET's 32-bit code) */
    .quad 0x00cff3000000ffff            /* 0x20 ring-3 data */
    .quad 0x00affb000000ffff            /* 0x28 ring-3 code, 64-bit */
    /* 0x30 the TSS: a 16-byte system descriptor, type 9 (available) */
    .word SV_TSS_LIMIT & 0xffff
    .word SV_TSS_ADDR & 0xffff
    .byte (SV_TSS_ADDR >> 16) & 0xff
    .byte 0x89
    .byte (SV_TSS_LIMIT >> 16) & 0xf
    .byte (SV_TSS_ADDR >> 24) & 0xff
    .long 0
    .long 0
sv_gdt_end:

    .section .sv.bss, "aw", @nobits
    .balign 16
    .globl sv_stack_top
sv_stack:
    .skip 16384
sv_stack_top:
sv_df_stack:
    .skip 4096
sv_df_stack_top:

    .section .note.GNU-stack, "", @progbits
