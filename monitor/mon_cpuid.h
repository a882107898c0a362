/*
 * mon_cpuid: the CPUID that KVM supports, which is what the vCPU sees:
 * read once per process, and kept in a per-user cache file between runs.
 */
#ifndef MON_CPUID_H
#define MON_CPUID_H

struct kvm_cpuid2;

/* KVM's supported CPUID for the device open as sys, or NULL (errno set). */
struct kvm_cpuid2 *mon_cpuid_supported(int sys);

#endif
