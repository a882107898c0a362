/*
 * bench/boot: the floor for `plinth boot`: a bare static KVM program that
 * creates a VM and a vCPU, enters 64-bit mode directly (identity page
 * tables with 2 MiB pages) and exits at the guest's first `out`.  No
 * checks beyond what it needs to be correct, no CPUID, no threads.
 */
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define MEM (4u << 20)

int main(void)
{
    int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    int vm = ioctl(kvm, KVM_CREATE_VM, 0);
    uint8_t *mem = mmap(NULL, MEM, PROT_READ | PROT_WRITE,
                        MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (kvm < 0 || vm < 0 || mem == MAP_FAILED)
        return 2;
    struct kvm_userspace_memory_region r = {
        .memory_size = MEM, .userspace_addr = (uint64_t)(uintptr_t)mem,
    };
    ioctl(vm, KVM_SET_USER_MEMORY_REGION, &r);

    uint64_t *pml4 = (uint64_t *)(mem + 0x10000);
    uint64_t *pdpt = (uint64_t *)(mem + 0x11000);
    uint64_t *pd = (uint64_t *)(mem + 0x12000);
    pml4[0] = 0x11000 | 3;
    pdpt[0] = 0x12000 | 3;
    pd[0] = 0x83;
    pd[1] = 0x200000 | 0x83;
    static const uint8_t code[] = { 0xe6, 0x10, 0xeb, 0xfe }; /* out %al,$0x10 */
    memcpy(mem + 0x200000, code, sizeof code);

    int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
    int sz = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
    struct kvm_run *run = mmap(NULL, (size_t)sz, PROT_READ | PROT_WRITE,
                               MAP_SHARED, vcpu, 0);
    if (vcpu < 0 || run == MAP_FAILED)
        return 2;
    struct kvm_sregs s;
    ioctl(vcpu, KVM_GET_SREGS, &s);
    struct kvm_segment cs = { .limit = 0xffffffff, .selector = 8, .type = 11,
                              .present = 1, .s = 1, .l = 1, .g = 1 };
    struct kvm_segment ds = { .limit = 0xffffffff, .selector = 16, .type = 3,
                              .present = 1, .s = 1, .db = 1, .g = 1 };
    s.cs = cs;
    s.ds = s.es = s.ss = s.fs = s.gs = ds;
    s.cr0 = 0x80000033;
    s.cr3 = 0x10000;
    s.cr4 = 0x20;
    s.efer = 0x500;
    ioctl(vcpu, KVM_SET_SREGS, &s);
    struct kvm_regs g = { .rip = 0x200000, .rflags = 2 };
    ioctl(vcpu, KVM_SET_REGS, &g);
    if (ioctl(vcpu, KVM_RUN, 0) < 0 || run->exit_reason != KVM_EXIT_IO)
        return 1;
    return 0;
}
