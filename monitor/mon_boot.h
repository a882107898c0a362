/*
 * mon_boot: the partition's state at entry: page tables, GDT, boot info,
 * arguments and environment, control registers, XCR0 and general
 * registers (docs/abi.md, "Entry state").
 */
#ifndef MON_BOOT_H
#define MON_BOOT_H

#include "mon_part.h"

/* Page-table entry bits (the monitor builds the tables; mon_snap_warm
 * walks them). */
#define PTE_P    (1ull << 0)
#define PTE_W    (1ull << 1)
#define PTE_U    (1ull << 2)
#define PTE_A    (1ull << 5)
#define PTE_D    (1ull << 6)
#define PTE_PS   (1ull << 7)
#define PTE_NX   (1ull << 63)
#define PTE_ADDR 0x000ffffffffff000ull

/* Checks that the image leaves free memory (computing p->free_base) and
 * that the arguments fit; needs no KVM. */
int mon_boot_layout(struct mon_part *p);
/* Builds the page tables and GDT and fills boot info and the args area. */
int mon_boot_memory(struct mon_part *p);
/* Sets the vCPU's registers for entry. */
int mon_boot_vcpu(struct mon_part *p);

#endif
