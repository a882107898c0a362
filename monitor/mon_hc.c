/*
 * mon_hc: the hypercalls (docs/abi.md says what each does and why).
 *
 * Every value from the guest is hostile.  The argument struct must be
 * 8-aligned and wholly inside guest memory; it is copied in before use and
 * its OUT fields copied back after, so the guest cannot change it under us.
 * Inner buffers pass mon_gpa like everything else.  On top of that, ranges
 * the monitor reads or writes on the guest's behalf are checked against
 * the partition's own layout: nothing is ever written below the rings
 * (boot info, arguments, page tables), and supervisor memory (page tables and [1 MiB,
 * 2 MiB)) is only reachable by a call made from ring 0, so a ring-3
 * program cannot use the monitor to read or patch its supervisor.
 */
#include "mon_hc.h"

#include <elf.h>
#include <errno.h>
#include <sys/mman.h>
#include <linux/kvm.h>
#include <poll.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "mon_files.h"
#include "mon_input.h"
#include "mon_kvm.h"
#include "mon_mem.h"
#include "mon_ring.h"
#include "mon_snap.h"
#include "mon_vcpu.h"

#define WRITE_ACCESS 1

const char *mon_hc_check_range(struct mon_part *p, plinth_gpa_t gpa,
                               uint64_t len, int write, void **host)
{
    *host = mon_gpa(&p->mem, gpa, len);
    if (!*host)
        return "lies outside guest memory (or in page 0)";
    if (len == 0)
        return NULL;
    uint64_t end = gpa + len;
    if (write && gpa < PLINTH_RINGS_GPA)
        return "is in the boot area or page tables, which hypercalls never "
               "write";
    /* Read-only segments stay read-only through the monitor too; the class
     * library's is the host's page cache mapped PROT_READ, where a write
     * would fault the monitor itself. */
    for (int i = 0; write && i < p->img.nsegs; i++) {
        const struct mon_seg *s = &p->img.segs[i];
        if (!(s->flags & PF_W) && gpa < s->gpa + s->memsz && end > s->gpa)
            return "is read-only guest memory (image or classes), which "
                   "hypercalls never write";
    }
    int sv = (gpa < PLINTH_RINGS_GPA && end > PLINTH_PT_GPA) ||
             (gpa < PLINTH_SV_END && end > PLINTH_SV_BASE);
    if (sv && mon_vcpu_cpl(p) != 0)
        return "is supervisor memory, and the call came from user mode";
    return NULL;
}

/* Reports a malformed call and returns its exit code. */
static int bad(struct mon_part *p, unsigned nr, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int bad(struct mon_part *p, unsigned nr, const char *fmt, ...)
{
    char why[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: hypercall %s: %s",
                         mon_hc_name(nr), why);
}

#define CHECK_BUF(nr, what, gpa, len, w, hostp)                              \
    do {                                                                     \
        const char *why_ = mon_hc_check_range(p, (gpa), (len), (w), (hostp));       \
        if (why_)                                                            \
            return bad(p, (nr), "%s 0x%llx, length %llu %s", (what),         \
                       (unsigned long long)(gpa), (unsigned long long)(len), \
                       why_);                                                \
    } while (0)

static int stream_ok(uint32_t s)
{
    return s == PLINTH_STREAM_STDOUT || s == PLINTH_STREAM_STDERR;
}

/* WRITE: a synchronous write of one buffer to a stream, after what its
 * ring already holds. */
static int hc_write(struct mon_part *p, void *arg)
{
    struct plinth_hc_write *a = arg;
    void *buf;
    if (!stream_ok(a->stream))
        return bad(p, PLINTH_HC_WRITE, "unknown stream %u", a->stream);
    CHECK_BUF(PLINTH_HC_WRITE, "buffer", a->buf, a->len, 0, &buf);
    int64_t done = mon_ring_write(p, a->stream, buf, a->len);
    if (done < 0)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: %s",
                             p->stop_msg);
    a->written = (uint64_t)done;
    return MON_CONTINUE;
}

/* EXIT: the partition ends with the guest's code (as a process: & 0xff). */
static int hc_exit(struct mon_part *p, void *arg)
{
    struct plinth_hc_exit *a = arg;
    if (mon_ring_drain(p, MON_RING_ALL) < 0)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: %s",
                             p->stop_msg);
    return a->code & 0xff;
}

/* ABORT: the partition ends with a message (the kernel's fault reports). */
static int hc_abort(struct mon_part *p, void *arg)
{
    struct plinth_hc_abort *a = arg;
    const uint8_t *msg;
    char text[PLINTH_ABORT_MSG_MAX * 4 + 1];
    if (a->len > PLINTH_ABORT_MSG_MAX)
        return bad(p, PLINTH_HC_ABORT, "message length %llu is over %d",
                   (unsigned long long)a->len, PLINTH_ABORT_MSG_MAX);
    CHECK_BUF(PLINTH_HC_ABORT, "message", a->msg, a->len, 0, (void **)&msg);
    size_t n = 0;
    for (uint64_t i = 0; i < a->len; i++) {
        uint8_t c = msg[i];
        if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t')
            text[n++] = (char)c;
        else
            n += (size_t)snprintf(text + n, 5, "\\x%02x", c);
    }
    while (n > 0 && text[n - 1] == '\n')
        n--;
    text[n] = 0;
    mon_ring_drain(p, MON_RING_ALL);
    fprintf(stderr, "plinth: guest abort: %s\n", text);
    return MON_EXIT_ABORT;
}

/* WALLTIME: the host's wall clock and the guest TSC at that moment, so the
 * guest can keep time with rdtsc alone. */
static int hc_walltime(struct mon_part *p, void *arg)
{
    struct plinth_hc_walltime *a = arg;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    a->tsc = mon_kvm_guest_tsc(&p->kvm);
    a->ns = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
    return MON_CONTINUE;
}

int mon_hc_entropy(void *buf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = getrandom((uint8_t *)buf + done, len - done, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        done += (size_t)n;
    }
    return 0;
}

/* RANDOM: bytes from the host's getrandom. */
static int hc_random(struct mon_part *p, void *arg)
{
    struct plinth_hc_random *a = arg;
    uint8_t *buf;
    if (a->len > PLINTH_RANDOM_MAX)
        return bad(p, PLINTH_HC_RANDOM, "length %llu is over %d",
                   (unsigned long long)a->len, PLINTH_RANDOM_MAX);
    CHECK_BUF(PLINTH_HC_RANDOM, "buffer", a->buf, a->len, WRITE_ACCESS,
              (void **)&buf);
    if (mon_hc_entropy(buf, (size_t)a->len) < 0)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "random: getrandom: %s",
                             strerror(errno));
    return MON_CONTINUE;
}

/* DISCARD: frees the host memory behind guest pages.  A cold partition's
 * memory is a shared memfd (MADV_REMOVE punches the hole, so a snapshot
 * skips it too); a restored copy's is private (MADV_DONTNEED drops its own
 * copies: anonymous pages read zero again, the snapshot's read as saved). */
static int hc_discard(struct mon_part *p, void *arg)
{
    struct plinth_hc_discard *a = arg;
    uint8_t *host;
    if ((a->gpa | a->len) & 4095)
        return bad(p, PLINTH_HC_DISCARD, "range 0x%llx, length %llu is not "
                   "page-aligned", (unsigned long long)a->gpa,
                   (unsigned long long)a->len);
    if (a->len == 0)
        return MON_CONTINUE;
    CHECK_BUF(PLINTH_HC_DISCARD, "range", a->gpa, a->len, WRITE_ACCESS,
              (void **)&host);
    if (madvise(host, a->len, MADV_REMOVE) < 0 &&
        madvise(host, a->len, MADV_DONTNEED) < 0)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "discard: madvise: %s",
                             strerror(errno));
    p->stats.discarded += a->len;
    return MON_CONTINUE;
}

/* WAIT: blocks the vCPU (no spinning) until an asked-for event or the
 * deadline.  A wait that nothing can ever end is a deadlock. */
static int hc_wait(struct mon_part *p, void *arg)
{
    struct plinth_hc_wait *a = arg;
    const uint32_t known = PLINTH_EV_TIMEOUT | PLINTH_EV_RING_SPACE |
                           PLINTH_EV_INPUT;
    if (a->events & ~known)
        return bad(p, PLINTH_HC_WAIT, "unknown event bits 0x%x",
                   a->events & ~known);
    int space = (a->events & PLINTH_EV_RING_SPACE) != 0;
    int input = (a->events & PLINTH_EV_INPUT) != 0;
    /* Drain now, even if the guest did not ring: the space may be there at
     * once, and a broken ring is found here rather than never. */
    if (space && mon_ring_drain(p, MON_RING_ALL) < 0)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: %s",
                             p->stop_msg);
    int possible = (space && mon_ring_space_possible(p)) ||
                   (input && mon_input_possible());
    if (a->timeout_ns == UINT64_MAX && !possible)
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest deadlocked: WAIT forever for events 0x%x, "
                             "none of which can happen", a->events);

    struct pollfd pf[2] = {
        { .fd = p->space_fd, .events = space ? POLLIN : 0 },
        { .fd = input ? mon_input_fd() : -1, .events = POLLIN },
    };
    struct timespec ts, *tsp = NULL;
    if (a->timeout_ns != UINT64_MAX) {
        ts.tv_sec = (time_t)(a->timeout_ns / 1000000000ull);
        ts.tv_nsec = (long)(a->timeout_ns % 1000000000ull);
        tsp = &ts;
    }
    sigset_t allow;
    pthread_sigmask(SIG_SETMASK, NULL, &allow);
    sigdelset(&allow, SIGUSR1);
    int n = ppoll(pf, 2, tsp, &allow);
    a->ready = 0;
    if (n < 0 && errno == EINTR)
        return MON_CONTINUE;   /* the vCPU loop sees why (p->stop) */
    uint64_t v;
    if (n > 0 && (pf[0].revents & POLLIN) && read(p->space_fd, &v, sizeof v) > 0)
        a->ready |= PLINTH_EV_RING_SPACE;
    if (n > 0 && (pf[1].revents & POLLIN) && read(pf[1].fd, &v, sizeof v) > 0)
        a->ready |= PLINTH_EV_INPUT;
    if (n == 0)
        a->ready |= PLINTH_EV_TIMEOUT;
    return MON_CONTINUE;
}

static const struct {
    const char *name;
    uint32_t size;
    int (*fn)(struct mon_part *, void *);
} calls[PLINTH_HC_COUNT] = {
    [PLINTH_HC_WRITE]    = { "WRITE", sizeof(struct plinth_hc_write), hc_write },
    [PLINTH_HC_EXIT]     = { "EXIT", sizeof(struct plinth_hc_exit), hc_exit },
    [PLINTH_HC_ABORT]    = { "ABORT", sizeof(struct plinth_hc_abort), hc_abort },
    [PLINTH_HC_WALLTIME] = { "WALLTIME", sizeof(struct plinth_hc_walltime),
                             hc_walltime },
    [PLINTH_HC_RANDOM]   = { "RANDOM", sizeof(struct plinth_hc_random), hc_random },
    [PLINTH_HC_WAIT]     = { "WAIT", sizeof(struct plinth_hc_wait), hc_wait },
    [PLINTH_HC_CHECKPOINT] = { "CHECKPOINT",
                               sizeof(struct plinth_hc_checkpoint),
                               mon_snap_hc_checkpoint },
    [PLINTH_HC_FOPEN]  = { "FOPEN", sizeof(struct plinth_hc_fopen), mon_files_hc_open },
    [PLINTH_HC_FCLOSE] = { "FCLOSE", sizeof(struct plinth_hc_fclose), mon_files_hc_close },
    [PLINTH_HC_FREAD]  = { "FREAD", sizeof(struct plinth_hc_fio), mon_files_hc_read },
    [PLINTH_HC_FWRITE] = { "FWRITE", sizeof(struct plinth_hc_fio), mon_files_hc_write },
    [PLINTH_HC_FSTAT]  = { "FSTAT", sizeof(struct plinth_hc_fstat), mon_files_hc_stat },
    [PLINTH_HC_FLIST]  = { "FLIST", sizeof(struct plinth_hc_flist), mon_files_hc_list },
    [PLINTH_HC_FOP]    = { "FOP", sizeof(struct plinth_hc_fop), mon_files_hc_op },
    [PLINTH_HC_DISCARD] = { "DISCARD", sizeof(struct plinth_hc_discard), hc_discard },
};

const char *mon_hc_name(unsigned nr)
{
    return nr < PLINTH_HC_COUNT ? calls[nr].name : NULL;
}

int mon_hc_call(struct mon_part *p, unsigned nr, uint32_t gpa)
{
    union {
        struct plinth_hc_write w;
        struct plinth_hc_exit e;
        struct plinth_hc_abort a;
        struct plinth_hc_walltime t;
        struct plinth_hc_random r;
        struct plinth_hc_wait x;
        struct plinth_hc_checkpoint c;
        struct plinth_hc_fopen fo;
        struct plinth_hc_fclose fc;
        struct plinth_hc_fio fi;
        struct plinth_hc_fstat fs;
        struct plinth_hc_flist fl;
        struct plinth_hc_fop fp;
        struct plinth_hc_discard d;
    } arg;
    void *host;
    if (nr >= PLINTH_HC_COUNT)
        return mon_vcpu_fail(p, MON_EXIT_BROKE,
                             "guest broke the ABI: unknown hypercall port 0x%x",
                             PLINTH_HC_PORT(nr));
    p->stats.hc[nr]++;
    if (gpa & 7)
        return bad(p, nr, "argument struct at 0x%x is not 8-byte aligned", gpa);
    const char *why = mon_hc_check_range(p, gpa, calls[nr].size, WRITE_ACCESS, &host);
    if (why)
        return bad(p, nr, "argument struct at 0x%x (%u bytes) %s", gpa,
                   calls[nr].size, why);
    memcpy(&arg, host, calls[nr].size);
    int rc = calls[nr].fn(p, &arg);
    if (rc == MON_CONTINUE)
        memcpy(host, &arg, calls[nr].size);
    return rc;
}
