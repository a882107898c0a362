/*
 * mon_cpuid: KVM's supported CPUID.
 *
 * KVM_GET_SUPPORTED_CPUID costs ~0.3 ms under this machine's nested KVM, a
 * sixth of a whole `plinth boot`, and its answer changes only when the
 * kernel or the kvm module is (re)loaded.  So the answer is kept in a cache
 * file, $XDG_CACHE_HOME/plinth/cpuid (or ~/.cache/plinth/cpuid), under a key
 * made of the kernel's boot id and the identity of the device node (which
 * devtmpfs creates anew when the module loads).  Any doubt about the file
 * (key, size, count) means asking KVM again; failing to write the file only
 * means asking again next time.  The cache lives in the user's own home, so
 * only the user can plant one.
 */
#include "mon_cpuid.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define NENT_MAX 1024

struct key {
    char magic[8];              /* "PLCPUID1" */
    char boot_id[40];
    uint64_t rdev, ino, ctime_s, ctime_ns;
    uint32_t nent, _pad;
};

static int make_key(int sys, struct key *k)
{
    struct stat st;
    memset(k, 0, sizeof *k);
    memcpy(k->magic, "PLCPUID1", 8);
    int fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, k->boot_id, sizeof k->boot_id - 1);
    close(fd);
    if (n < 32 || fstat(sys, &st) < 0)
        return -1;
    k->rdev = st.st_rdev;
    k->ino = st.st_ino;
    k->ctime_s = (uint64_t)st.st_ctim.tv_sec;
    k->ctime_ns = (uint64_t)st.st_ctim.tv_nsec;
    return 0;
}

/* The cache file's path (and its directory's, in dir), or -1 if the user
 * has no home to keep it in. */
static int cache_path(char *path, char *dir)
{
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (xdg && xdg[0] == '/')
        n = snprintf(dir, PATH_MAX, "%s/plinth", xdg);
    else if (home && home[0] == '/')
        n = snprintf(dir, PATH_MAX, "%s/.cache/plinth", home);
    else
        return -1;
    if (n <= 0 || n >= PATH_MAX - 16)
        return -1;
    memcpy(path, dir, (size_t)n);
    memcpy(path + n, "/cpuid", sizeof "/cpuid");
    return 0;
}

static size_t size_for(uint32_t nent)
{
    return sizeof(struct kvm_cpuid2) + nent * sizeof(struct kvm_cpuid_entry2);
}

static struct kvm_cpuid2 *cache_read(const char *path, const struct key *want)
{
    struct key k;
    struct kvm_cpuid2 *c = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    if (read(fd, &k, sizeof k) != (ssize_t)sizeof k || k.nent == 0 ||
        k.nent > NENT_MAX)
        goto out;
    uint32_t nent = k.nent;
    k.nent = 0;
    if (memcmp(&k, want, sizeof k) != 0)
        goto out;
    c = calloc(1, size_for(nent));
    size_t body = nent * sizeof(struct kvm_cpuid_entry2);
    if (!c || read(fd, c->entries, body) != (ssize_t)body) {
        free(c);
        c = NULL;
        goto out;
    }
    c->nent = nent;
out:
    close(fd);
    return c;
}

static void cache_write(const char *path, char *dir, struct key *k,
                        const struct kvm_cpuid2 *c)
{
    char tmp[PATH_MAX + 32];
    char *slash = strrchr(dir, '/');
    /* ~/.cache may not exist yet: make the last two levels. */
    if (slash) {
        *slash = 0;
        mkdir(dir, 0700);
        *slash = '/';
    }
    mkdir(dir, 0700);
    snprintf(tmp, sizeof tmp, "%s.%d", path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    k->nent = c->nent;
    size_t body = c->nent * sizeof(struct kvm_cpuid_entry2);
    int ok = write(fd, k, sizeof *k) == (ssize_t)sizeof *k &&
             write(fd, c->entries, body) == (ssize_t)body;
    k->nent = 0;
    if (close(fd) == 0 && ok && rename(tmp, path) == 0)
        return;
    unlink(tmp);
}

static struct kvm_cpuid2 *from_kvm(int sys)
{
    for (uint32_t n = 128; n <= NENT_MAX; n *= 2) {
        struct kvm_cpuid2 *c = calloc(1, size_for(n));
        if (!c)
            return NULL;
        c->nent = n;
        if (ioctl(sys, KVM_GET_SUPPORTED_CPUID, c) == 0)
            return c;
        free(c);
        if (errno != E2BIG)
            return NULL;
    }
    return NULL;
}

struct kvm_cpuid2 *mon_cpuid_supported(int sys)
{
    static struct kvm_cpuid2 *cached;
    char path[PATH_MAX], dir[PATH_MAX];
    struct key k;
    if (cached)
        return cached;
    int keyed = make_key(sys, &k) == 0 && cache_path(path, dir) == 0;
    if (keyed && (cached = cache_read(path, &k)))
        return cached;
    cached = from_kvm(sys);
    if (cached && keyed)
        cache_write(path, dir, &k, cached);
    return cached;
}
