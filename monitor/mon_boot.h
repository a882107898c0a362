/*
 * mon_boot: the partition's state at entry: page tables, GDT, boot info,
 * arguments and environment, control registers, XCR0 and general
 * registers (docs/abi.md, "Entry state").
 */
#ifndef MON_BOOT_H
#define MON_BOOT_H

#include "mon_part.h"

/* Checks that the image leaves free memory (computing p->free_base) and
 * that the arguments fit; needs no KVM. */
int mon_boot_layout(struct mon_part *p);
/* Builds the page tables and GDT and fills boot info and the args area. */
int mon_boot_memory(struct mon_part *p);
/* Sets the vCPU's registers for entry. */
int mon_boot_vcpu(struct mon_part *p);

#endif
