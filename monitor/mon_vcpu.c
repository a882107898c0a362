/*
 * mon_vcpu: the vCPU run loop.
 *
 * Exits are rare by design (hot paths use rings), so the loop is plain:
 * hypercall ports go to mon_hc, everything else stops the partition with a
 * message that names the exit, RIP and the registers.
 *
 * Stopping from outside: a corrupt ring found by the monitor thread sets
 * p->stop and sends SIGUSR1.  This thread keeps SIGUSR1 blocked except
 * inside KVM_RUN (KVM_SET_SIGNAL_MASK) and inside WAIT's ppoll, so the
 * signal can never slip in between a check of p->stop and the call that
 * would block.
 *
 * --timeout is a POSIX timer whose SIGALRM only this thread takes.  Its
 * handler sets p->stop and kvm_run's immediate_exit (so a KVM_RUN about to
 * start returns at once), which interrupts KVM_RUN, WAIT and the rest alike.
 * The timer is then re-armed for a grace second: if the thread is still
 * stuck (writing output to a reader that never reads), the handler ends
 * the process itself.
 */
#include "mon_vcpu.h"

#include <errno.h>
#include <linux/kvm.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "mon_hc.h"
#include "mon_ring.h"
#include "mon_snap.h"

/* musl names the SIGEV_THREAD_ID target; glibc's headers do not. */
#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

static void on_kick(int sig)
{
    (void)sig;   /* only here to interrupt KVM_RUN and ppoll */
}

int mon_vcpu_cpl(struct mon_part *p)
{
    struct kvm_sregs sr;
    if (ioctl(p->kvm.vcpu, KVM_GET_SREGS, &sr) < 0)
        return 3;
    return sr.cs.selector & 3;
}

static void dump_regs(struct mon_part *p)
{
    struct kvm_regs r;
    struct kvm_sregs s;
    if (ioctl(p->kvm.vcpu, KVM_GET_REGS, &r) < 0 ||
        ioctl(p->kvm.vcpu, KVM_GET_SREGS, &s) < 0) {
        fprintf(stderr, "  (registers unavailable: %s)\n", strerror(errno));
        return;
    }
#define R(x) (unsigned long long)(x)
    fprintf(stderr,
            "  rip %016llx  rsp %016llx  rbp %016llx  rflags %08llx\n"
            "  rax %016llx  rbx %016llx  rcx %016llx  rdx %016llx\n"
            "  rsi %016llx  rdi %016llx  r8  %016llx  r9  %016llx\n"
            "  r10 %016llx  r11 %016llx  r12 %016llx  r13 %016llx\n"
            "  r14 %016llx  r15 %016llx  cs %04x ss %04x (cpl %d)\n"
            "  cr0 %08llx  cr2 %016llx  cr3 %08llx  cr4 %08llx  efer %llx\n",
            R(r.rip), R(r.rsp), R(r.rbp), R(r.rflags), R(r.rax), R(r.rbx),
            R(r.rcx), R(r.rdx), R(r.rsi), R(r.rdi), R(r.r8), R(r.r9),
            R(r.r10), R(r.r11), R(r.r12), R(r.r13), R(r.r14), R(r.r15),
            s.cs.selector, s.ss.selector, s.cs.selector & 3, R(s.cr0),
            R(s.cr2), R(s.cr3), R(s.cr4), R(s.efer));
#undef R
}

int mon_vcpu_fail(struct mon_part *p, int code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mon_ring_drain(p, MON_RING_ALL);   /* the guest's last words come first */
    fprintf(stderr, "plinth: %s\n", msg);
    if (code == MON_EXIT_BROKE || code == MON_EXIT_TIMEOUT)
        dump_regs(p);
    return code;
}

static int on_io(struct mon_part *p)
{
    struct kvm_run *run = p->kvm.run;
    unsigned port = run->io.port, size = run->io.size;
    const char *dir = run->io.direction == KVM_EXIT_IO_OUT ? "out" : "in";
    uint64_t span = (uint64_t)size * run->io.count;
    if (run->io.data_offset > p->kvm.run_size ||
        span > p->kvm.run_size - run->io.data_offset)
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "kvm: I/O exit data outside kvm_run");
    const uint8_t *data = (const uint8_t *)run + run->io.data_offset;
    int is_hc = port >= PLINTH_HC_PORT_BASE &&
                port < PLINTH_HC_PORT(PLINTH_HC_COUNT);
    int ok_shape = run->io.direction == KVM_EXIT_IO_OUT && size == 4 &&
                   run->io.count == 1;

    if (port == PLINTH_DOORBELL_PORT && ok_shape) {
        if (mon_ring_doorbell(p) < 0)
            return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: %s",
                                 p->stop_msg);
        return MON_CONTINUE;
    }
    if (!is_hc && port != PLINTH_DOORBELL_PORT)
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest broke the ABI: %s of %u byte(s) at "
                             "unknown I/O port 0x%x", dir, size, port);
    if (!ok_shape)
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest broke the ABI: %s of %u byte(s) x%u at %s "
                             "port 0x%x (must be one 4-byte out)", dir, size,
                             run->io.count,
                             is_hc ? mon_hc_name(port - PLINTH_HC_PORT_BASE)
                                   : "doorbell", port);
    uint32_t gpa;
    memcpy(&gpa, data, 4);
    return mon_hc_call(p, port - PLINTH_HC_PORT_BASE, gpa);
}

static int on_exit(struct mon_part *p)
{
    struct kvm_run *run = p->kvm.run;
    switch (run->exit_reason) {
    case KVM_EXIT_IO:
        return on_io(p);
    case KVM_EXIT_MMIO:
        p->stats.other++;
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest broke the machine: MMIO %s of %u byte(s) "
                             "at 0x%llx, which is not guest memory",
                             run->mmio.is_write ? "write" : "read",
                             run->mmio.len,
                             (unsigned long long)run->mmio.phys_addr);
    case KVM_EXIT_HLT:
        p->stats.other++;
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest halted (HLT) with nothing to wait for "
                             "(use the WAIT hypercall)");
    case KVM_EXIT_SHUTDOWN:
        p->stats.other++;
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest triple fault (shutdown): an exception "
                             "the guest could not handle");
    case KVM_EXIT_FAIL_ENTRY:
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "kvm: cannot enter the guest (hardware reason "
                             "0x%llx)", (unsigned long long)
                             run->fail_entry.hardware_entry_failure_reason);
    case KVM_EXIT_INTERNAL_ERROR:
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "kvm: internal error (suberror %u) running the "
                             "guest", run->internal.suberror);
    default:
        p->stats.other++;
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest stopped: unexpected KVM exit reason %u",
                             run->exit_reason);
    }
}

static int stopped(struct mon_part *p, int why)
{
    if (why == MON_STOP_TIMEOUT)
        return mon_vcpu_fail(p, MON_EXIT_TIMEOUT,
                             "timeout: the guest ran longer than --timeout "
                             "and was stopped");
    return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: %s",
                         p->stop_msg);
}

static struct mon_part *timed;   /* the partition --timeout applies to */
static timer_t timeout_timer;
static int timeout_fired;

static void on_timeout(int sig)
{
    (void)sig;
    if (!timeout_fired++) {
        struct itimerspec grace = { .it_value = { .tv_sec = 1 } };
        atomic_store(&timed->stop, MON_STOP_TIMEOUT);
        timed->kvm.run->immediate_exit = 1;
        timer_settime(timeout_timer, 0, &grace, NULL);
        return;
    }
    static const char msg[] = "plinth: timeout: the guest ran longer than "
                              "--timeout and its output could not be "
                              "delivered; stopped\n";
    if (write(2, msg, sizeof msg - 1) < 0) {
        /* nothing more to do: the exit code says it */
    }
    _exit(MON_EXIT_TIMEOUT);
}

int mon_vcpu_deadline(struct mon_part *p, uint64_t ns)
{
    struct sigaction sa = { .sa_handler = on_timeout };
    sigemptyset(&sa.sa_mask);
    struct sigevent ev = {
        .sigev_notify = SIGEV_THREAD_ID,
        .sigev_signo = SIGALRM,
    };
    ev.sigev_notify_thread_id = gettid();
    struct itimerspec when = {
        .it_value = { .tv_sec = (time_t)(ns / 1000000000ull),
                      .tv_nsec = (long)(ns % 1000000000ull) },
    };
    timed = p;
    if (sigaction(SIGALRM, &sa, NULL) < 0 ||
        timer_create(CLOCK_MONOTONIC, &ev, &timeout_timer) < 0 ||
        timer_settime(timeout_timer, 0, &when, NULL) < 0) {
        mon_err("--timeout: cannot arm a timer: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int mon_vcpu_kickable(struct mon_part *p)
{
    struct sigaction sa = { .sa_handler = on_kick };
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigset_t block, during;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &block, &during);
    sigdelset(&during, SIGUSR1);

    struct {
        struct kvm_signal_mask hdr;
        uint8_t set[8];   /* the kernel's sigset_t is 64 bits */
    } km = { .hdr.len = 8 };
    memcpy(km.set, &during, 8);
    if (ioctl(p->kvm.vcpu, KVM_SET_SIGNAL_MASK, &km) < 0) {
        mon_err("kvm: KVM_SET_SIGNAL_MASK: %s", strerror(errno));
        return -1;
    }
    return 0;
}

void mon_vcpu_tell_busy(struct mon_part *p)
{
    if (p->busy_tell) {
        p->busy_tell = 0;
        if (write(p->busy_fd, "t", 1) != 1) {
            /* the server is gone: the request is still served */
        }
    }
}

static int run_loop(struct mon_part *p)
{
    for (;;) {
        int why = atomic_load(&p->stop);
        if (why != MON_STOP_NONE)
            return stopped(p, why);
        if (ioctl(p->kvm.vcpu, KVM_RUN, 0) < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                p->stats.intr++;
                continue;
            }
            return mon_vcpu_fail(p, MON_EXIT_BROKE, "kvm: KVM_RUN: %s",
                                 strerror(errno));
        }
        p->stats.exits++;
        int rc = on_exit(p);
        /* After the exit's work (the first output, usually), so the
         * wake-up it costs is off the request's path. */
        mon_vcpu_tell_busy(p);
        if (rc != MON_CONTINUE)
            return rc;
    }
}

int mon_vcpu_run(struct mon_part *p)
{
    if (mon_snap_begin(p) < 0)
        return MON_EXIT_START;
    return mon_snap_end(p, run_loop(p));
}
