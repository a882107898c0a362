/*
 * mon_ring: the stream rings (guest output without exits), the ioeventfd
 * doorbell, and the monitor thread that drains the rings when the doorbell
 * rings and enforces --timeout.
 */
#ifndef MON_RING_H
#define MON_RING_H

#include "mon_part.h"

/* Initialises the ring headers in guest memory and the ring-space
 * eventfd. */
int mon_ring_setup(struct mon_part *p);
/* Starts the monitor thread if it is not running yet; called on the vCPU
 * thread, with p->vcpu_thread set. */
int mon_ring_start(struct mon_part *p);

/* Drains one stream's output ring, or all of them (MON_RING_ALL), to the
 * host fds.  Returns -1 if a ring is corrupt (its message is left in
 * p->stop_msg). */
#define MON_RING_ALL UINT32_MAX
int mon_ring_drain(struct mon_part *p, uint32_t stream);
/* WRITE: drains the stream's ring, then writes buf; returns the bytes
 * written, or -1 if the ring is corrupt. */
int64_t mon_ring_write(struct mon_part *p, uint32_t stream, const void *buf,
                       uint64_t len);
/* The ring-space event is already pending or can still happen: some ring
 * the guest waits on holds data. */
int mon_ring_space_possible(struct mon_part *p);
/* The guest rang the doorbell with a full exit: drains (-1 if a ring is
 * corrupt), and after enough of those lets KVM deliver the doorbell as an
 * ioeventfd to the monitor thread. */
int mon_ring_doorbell(struct mon_part *p);

#endif
