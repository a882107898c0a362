/*
 * mon_snap_warm: the warm list of a copy prepared ahead (plinth serve):
 * which guest pages the guest maps while it waits for its request
 * (PLINTH_CKPT_PARK in abi.h), so that the request's run does not pay a
 * trip to the host for each first touch of a page.
 */
#ifndef MON_SNAP_WARM_H
#define MON_SNAP_WARM_H

#include "mon_part.h"
#include "mon_snap_file.h"

/* Writes into out (room for max runs) the pages of the snapshot's saved
 * runs, and of `extra` (a bitmap of guest pages, may be NULL), that the
 * guest's page tables (cr3) let ring 3 read; marked for writing where
 * they let it write.  Returns the number of runs written. */
uint32_t mon_snap_warm_list(const struct mon_part *p, const struct snap_view *v,
                            uint64_t cr3, const uint8_t *extra,
                            struct plinth_warm_run *out, uint32_t max);

/* Sets in bits (one per guest page, shared by the server's workers) the
 * pages this process has mapped: after a run, those the copy used.  -1
 * if /proc/self/pagemap cannot be read. */
int mon_snap_warm_learn(const struct mon_part *p, uint8_t *bits);

#endif
