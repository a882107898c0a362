/*
 * mon_mem: guest-physical memory (one memfd, mapped shared, never
 * pre-faulted) and the one checked translation from a guest-physical range
 * to a host pointer.
 */
#ifndef MON_MEM_H
#define MON_MEM_H

#include "mon_part.h"

/* Creates and maps the memory; mon_mem_attach gives it to the VM. */
int mon_mem_create(struct mon_mem *m, uint64_t size);
int mon_mem_attach(const struct mon_mem *m, int vmfd);

/* The host address of guest-physical [gpa, gpa + len), or NULL unless the
 * whole range lies in guest memory outside page 0 (which the guest never
 * maps).  The only way the monitor turns a guest address into a pointer. */
void *mon_gpa(const struct mon_mem *m, plinth_gpa_t gpa, uint64_t len);

/* Pages of guest memory the host has backed so far (touched by anyone). */
uint64_t mon_mem_resident(const struct mon_mem *m);

#endif
