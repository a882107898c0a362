/*
 * mon_vcpu: the vCPU run loop: exits, the stops they cause, and the
 * report (message, RIP and registers) that goes with a stop.
 */
#ifndef MON_VCPU_H
#define MON_VCPU_H

#include "mon_part.h"

/* Runs the guest until it stops; returns plinth's exit code. */
int mon_vcpu_run(struct mon_part *p);
/* Drains the rings, prints "plinth: <fmt>" and, for MON_EXIT_BROKE and
 * MON_EXIT_TIMEOUT, the guest's registers; returns code. */
int mon_vcpu_fail(struct mon_part *p, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Lets the monitor thread kick this (the vCPU) thread out of KVM_RUN
 * with SIGUSR1; called on the vCPU thread before the monitor thread
 * starts. */
int mon_vcpu_kickable(struct mon_part *p);
/* Arms --timeout: ns from now the vCPU stops (exit 124). */
int mon_vcpu_deadline(struct mon_part *p, uint64_t ns);
/* The privilege level the guest runs at now (3 if it cannot be read). */
int mon_vcpu_cpl(struct mon_part *p);

/* plinth serve: once, one byte to p->busy_fd if p->busy_tell is set (the
 * copy is at work); the run loop calls it after the guest's first exit. */
void mon_vcpu_tell_busy(struct mon_part *p);

#endif
