/*
 * k_syscall.c: the system calls musl's libc makes, answered in ring 3.
 *
 * musl issues SYSCALL inline; the supervisor bounces each one back to ring
 * 3 (k_syscall_entry.S), which calls k_syscall here.  Only what libc needs
 * inside a partition is served: console writes, anonymous mmap/munmap for
 * malloc (brk always fails, so malloc uses mmap), clocks, sleeping, random
 * bytes, exit and abort.  The rest answers -ENOSYS, as Linux does for a
 * call it does not know.  System calls are rare here (malloc growth and
 * stdio flushes); hot paths call the k_* modules directly.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include "k_syscall.h"
#include "k_boot.h"
#include "k_clock.h"
#include "k_console.h"
#include "k_mem.h"
#include "k_random.h"
#include "k_wait.h"
#include "sv_layout.h"

uint64_t k_sc_rip;          /* the caller's return address (k_sc_lstar) */
unsigned char k_sc_xsave;

/* musl sets its thread pointer once, at start.  The FS base MSR needs
 * ring 0 (no FSGSBASE here): the supervisor's one service. */
static long k_sc_arch_prctl(long code, long base)
{
    if (code != 0x1002)                      /* ARCH_SET_FS */
        return -EINVAL;
    __asm__ volatile("int %[vec]"
                     :: [vec] "i"(SV_VEC_SETFS), "D"(base) : "memory");
    return 0;
}

static long k_sc_write(int fd, const void *buf, size_t len)
{
    if (fd != 1 && fd != 2)
        return -EBADF;
    return (long)k_console_write(fd, buf, len);
}

static long k_sc_writev(int fd, const struct iovec *iov, int n)
{
    if (fd != 1 && fd != 2)
        return -EBADF;
    if (n < 0)
        return -EINVAL;
    long total = 0;
    for (int i = 0; i < n; i++)
        total += (long)k_console_write(fd, iov[i].iov_base, iov[i].iov_len);
    return total;
}

static long k_sc_ioctl(int fd, unsigned long req, void *arg)
{
    /* musl asks TIOCGWINSZ to choose line buffering for a terminal. */
    if (req == TIOCGWINSZ && (fd == 1 || fd == 2) && k_console_isatty(fd)) {
        struct winsize *w = arg;
        *w = (struct winsize){ .ws_row = 24, .ws_col = 80 };
        return 0;
    }
    return fd >= 0 && fd <= 2 ? -ENOTTY : -EBADF;
}

static long k_sc_mmap(void *addr, size_t len, int flags, int fd)
{
    (void)addr;
    if (!(flags & MAP_ANONYMOUS) || fd != -1)
        return -ENODEV;
    if (flags & MAP_FIXED)
        return -ENOMEM;
    if (len == 0)
        return -EINVAL;
    void *p = k_mem_alloc(len);
    return p ? (long)(uintptr_t)p : -ENOMEM;
}

static long k_sc_clock_gettime(clockid_t clk, struct timespec *ts)
{
    uint64_t ns = clk == CLOCK_REALTIME ? k_clock_wall_ns() : k_clock_ns();
    ts->tv_sec = (time_t)(ns / 1000000000u);
    ts->tv_nsec = (long)(ns % 1000000000u);
    return 0;
}

static uint64_t k_sc_ts_ns(const struct timespec *ts)
{
    if (ts->tv_sec < 0)
        return 0;
    return (uint64_t)ts->tv_sec * 1000000000u + (uint64_t)ts->tv_nsec;
}

static long k_sc_sleep(clockid_t clk, int flags, const struct timespec *req)
{
    if (req->tv_nsec < 0 || req->tv_nsec >= 1000000000)
        return -EINVAL;
    uint64_t ns = k_sc_ts_ns(req), deadline;
    if (flags & TIMER_ABSTIME) {
        uint64_t now = clk == CLOCK_REALTIME ? k_clock_wall_ns() : k_clock_ns();
        deadline = k_clock_ns() + (ns > now ? ns - now : 0);
    } else {
        deadline = k_clock_ns() + ns;
    }
    k_sleep_until(deadline);
    return 0;
}

static _Noreturn void k_sc_signal(int sig)
{
    if (sig == SIGABRT)
        k_abort("abort() called");
    k_abort("signal raised");
}

long k_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    (void)a6;
    switch (nr) {
    case SYS_write:
        return k_sc_write((int)a1, (const void *)a2, (size_t)a3);
    case SYS_writev:
        return k_sc_writev((int)a1, (const struct iovec *)a2, (int)a3);
    case SYS_read:
    case SYS_readv:
        return a1 == 0 ? 0 : -EBADF;         /* no input yet: EOF */
    case SYS_ioctl:
        return k_sc_ioctl((int)a1, (unsigned long)a2, (void *)a3);
    case SYS_close:
        return 0;
    case SYS_brk:
        return 0;                            /* always fails: malloc mmaps */
    case SYS_mmap:
        return k_sc_mmap((void *)a1, (size_t)a2, (int)a4, (int)a5);
    case SYS_munmap:
        k_mem_free((void *)a1, (size_t)a2);
        return 0;
    case SYS_mremap:
        return -ENOMEM;                      /* realloc then copies */
    case SYS_mprotect:
    case SYS_madvise:
        return 0;                            /* memory is always RW here */
    case SYS_clock_gettime:
        return k_sc_clock_gettime((clockid_t)a1, (struct timespec *)a2);
    case SYS_nanosleep:
        return k_sc_sleep(CLOCK_MONOTONIC, 0, (const struct timespec *)a1);
    case SYS_clock_nanosleep:
        return k_sc_sleep((clockid_t)a1, (int)a2, (const struct timespec *)a3);
    case SYS_getrandom:
        k_random_fill((void *)a1, (size_t)a2);
        return a2;
    case SYS_arch_prctl:
        return k_sc_arch_prctl(a1, a2);
    case SYS_set_tid_address:
    case SYS_getpid:
    case SYS_gettid:
        return 1;
    case SYS_rt_sigprocmask:
    case SYS_rt_sigaction:
    case SYS_sched_yield:
        return 0;
    case SYS_kill:
    case SYS_tkill:
        k_sc_signal((int)a2);
    case SYS_tgkill:
        k_sc_signal((int)a3);
    case SYS_exit:
    case SYS_exit_group:
        k_exit((int)a1);
    default:
        return -ENOSYS;
    }
}
