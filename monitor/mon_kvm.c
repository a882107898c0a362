/*
 * mon_kvm: /dev/kvm itself: opening the device, the API version and the
 * capabilities plinth relies on, the VM and its one vCPU, and the CPUID the
 * vCPU sees (KVM's supported set, from mon_cpuid).
 */
#include "mon_kvm.h"
#include "mon_cpuid.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define MSR_IA32_TSC 0x10

static const struct {
    int cap;
    const char *name;
} needed_caps[] = {
    { KVM_CAP_USER_MEMORY, "KVM_CAP_USER_MEMORY" },
    { KVM_CAP_EXT_CPUID, "KVM_CAP_EXT_CPUID" },
};

int mon_kvm_open(struct mon_kvm *k, const char *device)
{
    k->vm = k->vcpu = -1;
    k->sys = open(device, O_RDWR | O_CLOEXEC);
    if (k->sys < 0) {
        int e = errno;
        if (e == ENOENT || e == ENXIO || e == ENODEV)
            mon_err("%s: %s: KVM is not available here (load the kvm module, "
                    "or name the device with --kvm-device PATH)",
                    device, strerror(e));
        else if (e == EACCES || e == EPERM)
            mon_err("%s: %s: add your user to the group that owns it "
                    "(usually 'kvm') or run as a user who can open it",
                    device, strerror(e));
        else
            mon_err("%s: %s: cannot open the KVM device", device, strerror(e));
        return -1;
    }
    int v = ioctl(k->sys, KVM_GET_API_VERSION, 0);
    if (v < 0) {
        mon_err("%s: not a KVM device (KVM_GET_API_VERSION: %s)", device,
                strerror(errno));
        return -1;
    }
    if (v != KVM_API_VERSION) {
        mon_err("%s: KVM API version %d, plinth needs %d", device, v,
                KVM_API_VERSION);
        return -1;
    }
    for (size_t i = 0; i < sizeof needed_caps / sizeof needed_caps[0]; i++) {
        if (ioctl(k->sys, KVM_CHECK_EXTENSION, needed_caps[i].cap) <= 0) {
            mon_err("%s: KVM lacks %s, which plinth needs", device,
                    needed_caps[i].name);
            return -1;
        }
    }
    k->vm = ioctl(k->sys, KVM_CREATE_VM, 0);
    if (k->vm < 0) {
        mon_err("%s: cannot create a VM (KVM_CREATE_VM: %s)", device,
                strerror(errno));
        return -1;
    }
    return 0;
}

static const struct kvm_cpuid_entry2 *leaf(const struct kvm_cpuid2 *c,
                                           uint32_t fn, uint32_t idx)
{
    for (uint32_t i = 0; i < c->nent; i++)
        if (c->entries[i].function == fn &&
            (!(c->entries[i].flags & KVM_CPUID_FLAG_SIGNIFCANT_INDEX) ||
             c->entries[i].index == idx))
            return &c->entries[i];
    return NULL;
}

int mon_kvm_vcpu(struct mon_kvm *k)
{
    k->vcpu = ioctl(k->vm, KVM_CREATE_VCPU, 0);
    if (k->vcpu < 0) {
        mon_err("kvm: cannot create a vCPU (KVM_CREATE_VCPU: %s)",
                strerror(errno));
        return -1;
    }
    int sz = ioctl(k->sys, KVM_GET_VCPU_MMAP_SIZE, 0);
    if (sz < (int)sizeof(struct kvm_run)) {
        mon_err("kvm: KVM_GET_VCPU_MMAP_SIZE: %s",
                sz < 0 ? strerror(errno) : "too small");
        return -1;
    }
    k->run_size = (size_t)sz;
    k->run = mmap(NULL, k->run_size, PROT_READ | PROT_WRITE, MAP_SHARED,
                  k->vcpu, 0);
    if (k->run == MAP_FAILED) {
        k->run = NULL;
        mon_err("kvm: cannot map the vCPU's kvm_run: %s", strerror(errno));
        return -1;
    }

    struct kvm_cpuid2 *c = mon_cpuid_supported(k->sys);
    if (!c) {
        mon_err("kvm: KVM_GET_SUPPORTED_CPUID: %s", strerror(errno));
        return -1;
    }
    if (ioctl(k->vcpu, KVM_SET_CPUID2, c) < 0) {
        mon_err("kvm: KVM_SET_CPUID2: %s", strerror(errno));
        return -1;
    }
    const struct kvm_cpuid_entry2 *l1 = leaf(c, 1, 0), *l7 = leaf(c, 7, 0),
                                  *ld = leaf(c, 0xd, 0);
    k->xsave = l1 && (l1->ecx & (1u << 26)) && ld &&
               ioctl(k->sys, KVM_CHECK_EXTENSION, KVM_CAP_XCRS) > 0;
    k->avx = k->xsave && (l1->ecx & (1u << 28));
    k->fsgsbase = l7 && (l7->ebx & 1u);
    k->xcr0_supported = ld ? ((uint64_t)ld->edx << 32 | ld->eax) : 0;
    return 0;
}

uint64_t mon_kvm_tsc_hz(const struct mon_kvm *k)
{
    int khz = ioctl(k->vcpu, KVM_GET_TSC_KHZ, 0);
    return khz > 0 ? (uint64_t)khz * 1000 : 0;
}

int64_t mon_kvm_tsc_offset(const struct mon_kvm *k)
{
    /* Unscaled only if the vCPU's rate is the VM's default, the host's. */
    int vm = ioctl(k->vm, KVM_GET_TSC_KHZ, 0), cpu = ioctl(k->vcpu, KVM_GET_TSC_KHZ, 0);
    if (vm <= 0 || vm != cpu)
        return INT64_MIN;
    uint64_t h0 = __builtin_ia32_rdtsc();
    uint64_t g = mon_kvm_guest_tsc(k);
    uint64_t h1 = __builtin_ia32_rdtsc();
    if (!g)
        return INT64_MIN;
    return (int64_t)(g - (h0 + (h1 - h0) / 2));
}

uint64_t mon_kvm_guest_tsc(const struct mon_kvm *k)
{
    struct {
        struct kvm_msrs hdr;
        struct kvm_msr_entry e;
    } m = { .hdr.nmsrs = 1, .e.index = MSR_IA32_TSC };
    if (ioctl(k->vcpu, KVM_GET_MSRS, &m) != 1)
        return 0;
    return m.e.data;
}

int64_t mon_kvm_vcpu_stat(const struct mon_kvm *k, const char *name)
{
    int fd = ioctl(k->vcpu, KVM_GET_STATS_FD, NULL);
    if (fd < 0)
        return -1;
    int64_t v = -1;
    struct kvm_stats_header h;
    if (pread(fd, &h, sizeof h, 0) != (ssize_t)sizeof h || h.num_desc > 4096 ||
        h.name_size > 4096) {
        close(fd);
        return -1;
    }
    size_t dsize = sizeof(struct kvm_stats_desc) + h.name_size;
    char *d = malloc(dsize);
    for (uint32_t i = 0; d && i < h.num_desc; i++) {
        const struct kvm_stats_desc *sd = (const void *)d;
        if (pread(fd, d, dsize, (off_t)h.desc_offset + (off_t)(i * dsize)) != (ssize_t)dsize)
            break;
        d[dsize - 1] = 0;
        if (strcmp(sd->name, name) != 0)
            continue;
        uint64_t val;
        if (sd->size >= 1 &&
            pread(fd, &val, sizeof val, (off_t)h.data_offset + sd->offset) == (ssize_t)sizeof val)
            v = (int64_t)val;
        break;
    }
    free(d);
    close(fd);
    return v;
}
