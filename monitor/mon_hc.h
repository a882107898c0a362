/*
 * mon_hc: the hypercalls: the table of calls and their handlers, and the
 * checks every argument passes.
 */
#ifndef MON_HC_H
#define MON_HC_H

#include <stddef.h>

#include "mon_part.h"

/* Handles hypercall nr with its argument struct at gpa.  Returns
 * MON_CONTINUE, or the exit code after reporting why the partition
 * stopped. */
int mon_hc_call(struct mon_part *p, unsigned nr, uint32_t gpa);
/* Checks a guest range the monitor will read (write=0) or write for the
 * guest: inside memory, never a write below the rings or into a read-only
 * segment, supervisor memory only from ring 0.  Returns why it is refused,
 * or NULL with *host set. */
const char *mon_hc_check_range(struct mon_part *p, plinth_gpa_t gpa,
                               uint64_t len, int write, void **host);
/* The call's name ("WRITE"), or NULL for an unknown number. */
const char *mon_hc_name(unsigned nr);
/* Fills buf with the host's randomness (getrandom); -1 with errno set. */
int mon_hc_entropy(void *buf, size_t len);

#endif
