/*
 * mon_kvm: /dev/kvm itself: opening the device, the API version and the
 * capabilities plinth relies on, the VM and its one vCPU, and the CPUID the
 * vCPU sees (KVM's supported set, read once per process).
 */
#ifndef MON_KVM_H
#define MON_KVM_H

#include "mon_part.h"

/* Opens the device, checks it, creates the VM.  Prints and returns -1 on
 * error. */
int mon_kvm_open(struct mon_kvm *k, const char *device);
/* Creates the vCPU, maps its kvm_run, and sets its CPUID. */
int mon_kvm_vcpu(struct mon_kvm *k);
/* Guest TSC frequency in Hz (0 if KVM cannot tell). */
uint64_t mon_kvm_tsc_hz(const struct mon_kvm *k);
/* The guest TSC less the host's, when the guest's runs at the host's rate
 * (then the guest TSC is the host's rdtsc plus this, with no ioctl);
 * INT64_MIN if it does not or cannot be read. */
int64_t mon_kvm_tsc_offset(const struct mon_kvm *k);
/* The guest's TSC now, or 0 on error. */
uint64_t mon_kvm_guest_tsc(const struct mon_kvm *k);
/* One of KVM's own statistics of the vCPU by name (KVM_GET_STATS_FD:
 * "exits", "pf_taken", ...), or -1 if KVM does not keep it.  For --stats:
 * exits the monitor never sees, such as shadow page faults. */
int64_t mon_kvm_vcpu_stat(const struct mon_kvm *k, const char *name);

#endif
