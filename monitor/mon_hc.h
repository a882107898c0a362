/*
 * mon_hc: the hypercalls: the table of calls and their handlers, and the
 * checks every argument passes.
 */
#ifndef MON_HC_H
#define MON_HC_H

#include "mon_part.h"

/* Handles hypercall nr with its argument struct at gpa.  Returns
 * MON_CONTINUE, or the exit code after reporting why the partition
 * stopped. */
int mon_hc_call(struct mon_part *p, unsigned nr, uint32_t gpa);
/* The call's name ("WRITE"), or NULL for an unknown number. */
const char *mon_hc_name(unsigned nr);

#endif
