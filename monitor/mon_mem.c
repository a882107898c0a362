/*
 * mon_mem: guest-physical memory and its checked translation.  The memory
 * is a memfd mapped MAP_SHARED and never pre-faulted, so memory the guest
 * does not touch costs the host nothing, and a later snapshot can map the
 * same file.
 */
#include "mon_mem.h"

#include <errno.h>
#include <linux/kvm.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096ull

int mon_mem_create(struct mon_mem *m, uint64_t size)
{
    m->base = NULL;
    m->size = size;
    m->fd = memfd_create("plinth-guest", MFD_CLOEXEC);
    if (m->fd < 0) {
        mon_err("memory: memfd_create: %s", strerror(errno));
        return -1;
    }
    if (ftruncate(m->fd, (off_t)size) < 0) {
        mon_err("memory: cannot size guest memory to %llu bytes: %s",
                (unsigned long long)size, strerror(errno));
        return -1;
    }
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_NORESERVE, m->fd, 0);
    if (p == MAP_FAILED) {
        mon_err("memory: cannot map %llu bytes of guest memory: %s",
                (unsigned long long)size, strerror(errno));
        return -1;
    }
    m->base = p;
    return 0;
}

int mon_mem_attach(const struct mon_mem *m, int vmfd)
{
    struct kvm_userspace_memory_region r = {
        .slot = 0,
        .guest_phys_addr = 0,
        .memory_size = m->size,
        .userspace_addr = (uint64_t)(uintptr_t)m->base,
    };
    if (ioctl(vmfd, KVM_SET_USER_MEMORY_REGION, &r) < 0) {
        mon_err("memory: KVM_SET_USER_MEMORY_REGION: %s", strerror(errno));
        return -1;
    }
    return 0;
}

void *mon_gpa(const struct mon_mem *m, plinth_gpa_t gpa, uint64_t len)
{
    if (gpa < PAGE || gpa > m->size || len > m->size - gpa)
        return NULL;
    return m->base + gpa;
}

uint64_t mon_mem_resident(const struct mon_mem *m)
{
    uint64_t pages = m->size / PAGE, n = 0;
    unsigned char *vec = malloc(pages);
    if (!vec || mincore(m->base, m->size, vec) < 0) {
        free(vec);
        return 0;
    }
    for (uint64_t i = 0; i < pages; i++)
        n += vec[i] & 1;
    free(vec);
    return n;
}
