/*
 * mon_ring: stream rings and the monitor thread.
 *
 * The guest writes output into a ring in shared memory and rings the
 * doorbell port, which KVM turns into an eventfd (ioeventfd) without an
 * exit to our vCPU loop.  The monitor thread waits on that eventfd and
 * drains every ring to its host fd.  The guest owns the ring header as much
 * as we do, so the consumer count and the size that count are our own
 * copies; a head that claims more than a ring's worth of data is a broken
 * ring and stops the partition.  ring_lock serialises draining between the
 * monitor thread and the vCPU thread (WRITE, WAIT and stops drain too), so
 * output keeps its order.
 *
 * The thread is started only when the doorbell becomes an ioeventfd: until
 * then every doorbell is an exit and the vCPU thread drains the rings
 * itself, and a short run never pays for a thread.
 */
#include "mon_ring.h"

#include <errno.h>
#include <linux/kvm.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "mon_mem.h"
#include "mon_vcpu.h"

#define RING_DATA  (64u << 10)
/* Rings sit a page-rounded header+data apart. */
#define RING_STRIDE ((PLINTH_RING_DATA_OFFSET + RING_DATA + 0xfffu) & ~0xfffu)

int mon_ring_setup(struct mon_part *p)
{
    static const int streams[MON_RINGS] = { PLINTH_STREAM_STDOUT,
                                            PLINTH_STREAM_STDERR };
    _Static_assert(MON_RINGS * RING_STRIDE <= PLINTH_RINGS_SIZE,
                   "rings fit their area");
    pthread_mutex_init(&p->ring_lock, NULL);
    for (int i = 0; i < MON_RINGS; i++) {
        struct mon_ring_out *o = &p->rings[i];
        plinth_gpa_t gpa = PLINTH_RINGS_GPA + (uint64_t)i * RING_STRIDE;
        o->hdr = mon_gpa(&p->mem, gpa, PLINTH_RING_DATA_OFFSET + RING_DATA);
        o->data = (uint8_t *)o->hdr + PLINTH_RING_DATA_OFFSET;
        o->size = RING_DATA;
        o->tail = 0;
        o->stream = streams[i];
        o->fd = streams[i];   /* stdout is fd 1, stderr fd 2 */
        o->hdr->size = RING_DATA;
        o->hdr->stream = (uint32_t)streams[i];
    }
    p->doorbell_fd = -1;   /* made with the monitor thread */
    p->space_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (p->space_fd < 0) {
        mon_err("rings: eventfd: %s", strerror(errno));
        return -1;
    }
    return 0;
}

/* The doorbell starts as a plain port exit, and becomes an ioeventfd only
 * once the guest has rung it DOORBELL_RENT times.  An ioeventfd makes each
 * ring ~22 us cheaper (2.8 us instead of ~25 us from ring 3), but on this
 * host a VM that has one takes 10-14 ms longer to tear down (KVM waits for
 * an SRCU grace period).  Renting (exits) until their extra cost would
 * match the one-off price of buying (the teardown) keeps any guest within
 * 2x of the best choice made in hindsight: short programs that ring a few
 * times never pay the teardown, chatty ones soon stop paying exits.  If
 * KVM refuses the ioeventfd the doorbell simply stays an exit. */
#define DOORBELL_RENT 512

int mon_ring_doorbell(struct mon_part *p)
{
    if (++p->stats.doorbell_exits == DOORBELL_RENT && mon_ring_start(p) == 0) {
        struct kvm_ioeventfd ev = {
            .addr = PLINTH_DOORBELL_PORT,
            .len = 4,
            .fd = p->doorbell_fd,
            .flags = KVM_IOEVENTFD_FLAG_PIO,
        };
        (void)ioctl(p->kvm.vm, KVM_IOEVENTFD, &ev);
    }
    /* An exit already stopped the guest: drain here, no thread needed. */
    return mon_ring_drain(p, MON_RING_ALL);
}

/* Returns the bytes written: fewer than n if the reader went away, in
 * which case the rest is dropped and the guest keeps going. */
static uint64_t write_all(int fd, const uint8_t *b, uint64_t n)
{
    uint64_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, b + done, (size_t)(n - done));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        done += (uint64_t)w;
    }
    return done;
}

/* Drains one ring; called with ring_lock held. */
static int drain_one(struct mon_part *p, struct mon_ring_out *o)
{
    uint64_t head = __atomic_load_n(&o->hdr->head, __ATOMIC_ACQUIRE);
    uint64_t avail = head - o->tail;
    if (avail == 0)
        return 0;
    if (avail > o->size) {
        snprintf(p->stop_msg, sizeof p->stop_msg,
                 "stream ring %d is corrupt: head %llu is %llu bytes past "
                 "tail %llu, ring size %u", o->stream,
                 (unsigned long long)head, (unsigned long long)avail,
                 (unsigned long long)o->tail, o->size);
        return -1;
    }
    if (!p->stats.t_first_out)
        p->stats.t_first_out = mon_now();
    while (avail) {
        uint32_t at = (uint32_t)(o->tail & (o->size - 1));
        uint64_t n = o->size - at < avail ? o->size - at : avail;
        write_all(o->fd, o->data + at, n);
        o->tail += n, avail -= n;
    }
    __atomic_store_n(&o->hdr->tail, o->tail, __ATOMIC_RELEASE);
    /* Pairs with the guest's "set waiting, fence, re-check space". */
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (o->hdr->waiting) {
        o->hdr->waiting = 0;
        uint64_t one = 1;
        if (write(p->space_fd, &one, sizeof one) < 0) {
            /* the counter is already non-zero: the event is pending */
        }
    }
    return 0;
}

int mon_ring_drain(struct mon_part *p, uint32_t stream)
{
    int rc = 0;
    pthread_mutex_lock(&p->ring_lock);
    for (int i = 0; i < MON_RINGS && rc == 0; i++)
        if (stream == MON_RING_ALL || p->rings[i].stream == (int)stream)
            rc = drain_one(p, &p->rings[i]);
    pthread_mutex_unlock(&p->ring_lock);
    return rc;
}

int64_t mon_ring_write(struct mon_part *p, uint32_t stream, const void *buf,
                       uint64_t len)
{
    int64_t rc = 0;
    pthread_mutex_lock(&p->ring_lock);
    for (int i = 0; i < MON_RINGS && rc == 0; i++)
        if (p->rings[i].stream == (int)stream)
            rc = drain_one(p, &p->rings[i]);
    if (rc == 0 && !p->stats.t_first_out)
        p->stats.t_first_out = mon_now();
    if (rc == 0)
        rc = (int64_t)write_all((int)stream, buf, len);
    pthread_mutex_unlock(&p->ring_lock);
    return rc;
}

int mon_ring_space_possible(struct mon_part *p)
{
    int possible = 0;
    pthread_mutex_lock(&p->ring_lock);
    struct pollfd pf = { .fd = p->space_fd, .events = POLLIN };
    if (poll(&pf, 1, 0) > 0)
        possible = 1;
    for (int i = 0; i < MON_RINGS && !possible; i++) {
        struct mon_ring_out *o = &p->rings[i];
        possible = o->hdr->waiting && o->hdr->head != o->tail;
    }
    pthread_mutex_unlock(&p->ring_lock);
    return possible;
}

static void request_stop(struct mon_part *p, int why)
{
    int none = MON_STOP_NONE;
    if (atomic_compare_exchange_strong(&p->stop, &none, why))
        pthread_kill(p->vcpu_thread, SIGUSR1);
}

static void *monitor_thread(void *arg)
{
    struct mon_part *p = arg;
    struct pollfd pf = { .fd = p->doorbell_fd, .events = POLLIN };
    for (;;) {
        if (poll(&pf, 1, -1) < 0 && errno != EINTR)
            return NULL;
        if (pf.revents) {
            uint64_t v;
            if (read(p->doorbell_fd, &v, sizeof v) < 0) {
                /* raced with another reader: nothing to do */
            }
            if (mon_ring_drain(p, MON_RING_ALL) < 0)
                request_stop(p, MON_STOP_RING);
        }
    }
}

int mon_ring_start(struct mon_part *p)
{
    if (p->thread_started)
        return 0;
    p->doorbell_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (p->doorbell_fd < 0) {
        mon_err("rings: eventfd: %s", strerror(errno));
        return -1;
    }
    if (mon_vcpu_kickable(p) < 0)
        return -1;
    /* The thread takes no signals: SIGUSR1 is for the vCPU thread only. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int e = pthread_create(&p->thread, NULL, monitor_thread, p);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (e) {
        mon_err("rings: cannot start the monitor thread: %s", strerror(e));
        return -1;
    }
    p->thread_started = 1;
    return 0;
}
