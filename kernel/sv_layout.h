/*
 * sv_layout.h: fixed addresses and selectors of the ring-0 supervisor,
 * shared by the linker script, the supervisor's assembly and its C.
 *
 * The exception stubs and the TSS sit at fixed addresses so that the IDT
 * gates and the TSS descriptor are assemble-time constants: ring 0 is
 * emulated instruction by instruction under PVM (~4000x slower), so the
 * supervisor must not spend instructions building tables at boot.
 */
#ifndef SV_LAYOUT_H
#define SV_LAYOUT_H

#define SV_TEXT_BASE    0x100000   /* exception stubs first, 16 bytes each */
#define SV_VEC_STRIDE   16
#define SV_VEC_COUNT    32         /* exceptions; no interrupts are used */
#define SV_VEC_SETFS    0x80        /* ring 3's one call into ring 0 */
#define SV_DATA_BASE    0x180000   /* TSS first, then GDT, then the rest */
#define SV_TSS_ADDR     SV_DATA_BASE

/* GDT selectors.  0x18..0x2f follow SYSRET's layout: STAR[63:48] = 0x18,
 * user SS = 0x18 + 8, user CS (64-bit) = 0x18 + 16. */
#define SV_KCODE        0x08
#define SV_KDATA        0x10
#define SV_STAR_USER    0x18
#define SV_UDATA        0x20
#define SV_UCODE        0x28
#define SV_TSS_SEL      0x30

/* TSS: 104-byte header, then the I/O permission bitmap covering ports
 * 0..SV_IOMAP_PORTS-1 (a clear bit allows ring 3), then one 0xff byte. */
#define SV_TSS_HDR      104
#define SV_IOMAP_PORTS  0x600
#define SV_TSS_LIMIT    (SV_TSS_HDR + SV_IOMAP_PORTS / 8 + 1 - 1)

/* Ring 3 may use exactly the hypercall ports and the doorbell.  A 32-bit
 * `out` to port p checks the bits of ports p..p+3, hence the "+ 3".
 * SV_HC_COUNT must equal PLINTH_HC_COUNT (checked in k_hc.c). */
#define SV_HC_PORT_BASE 0x500
#define SV_HC_COUNT     15
#define SV_DOORBELL     0x5F0

#define SV_MSR_FS_BASE  0xC0000100
#define SV_MSR_STAR     0xC0000081
#define SV_MSR_LSTAR    0xC0000082
#define SV_MSR_FMASK    0xC0000084
/* Cleared on SYSCALL entry: TF, IF, DF, IOPL, NT, AC. */
#define SV_FMASK_BITS   0x47700


#endif
