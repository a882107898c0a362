/*
 * mon_input: standard input for `plinth run` (docs/partition.md).
 *
 * The input ring sits at the top of the rings area, away from the output
 * rings.  Here the monitor produces and the guest consumes: a thread reads
 * the host's fd 0 straight into the ring's free space and publishes head
 * with release ordering.  A guest that finds the ring empty sets `waiting`
 * and blocks in WAIT for PLINTH_EV_INPUT; this thread then signals the
 * input eventfd, which WAIT polls with the others (mon_hc.c).  An eventfd
 * keeps its count until read, so a wake-up sent just before the guest
 * blocks is not lost.  At the end of the host's stream the thread sets the
 * ring's EOF word and wakes the guest once more; after that, and once that
 * last wake-up is taken, input can never come: WAIT's deadlock check asks
 * mon_input_possible.
 *
 * When the ring is full the thread sleeps a little and looks again (the
 * guest does not signal consumption: it has a full ring to work through),
 * backing off to 16 ms.  Nothing is started when stdin is /dev/null or
 * closed: the guest sees no ring and reads end of file.
 */
#include "mon_input.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

#include "mon_mem.h"

#define IN_DATA   (64u << 10)
#define IN_STRIDE ((PLINTH_RING_DATA_OFFSET + IN_DATA + 0xfffu) & ~0xfffu)
#define IN_GPA    (PLINTH_RINGS_GPA + PLINTH_RINGS_SIZE - IN_STRIDE)

static struct plinth_ring *in_ring;
static uint8_t *in_data;
static int in_fd = -1;          /* eventfd: input or its end arrived */
static int in_done;             /* the thread has sent its last wake-up */

static int stdin_is_nothing(void)
{
    struct stat st;
    if (fstat(0, &st) != 0)
        return 1;
    /* /dev/null: character device 1:3 */
    return S_ISCHR(st.st_mode) && major(st.st_rdev) == 1 &&
           minor(st.st_rdev) == 3;
}

plinth_gpa_t mon_input_setup(struct mon_part *p)
{
    _Static_assert(IN_GPA >= PLINTH_RINGS_GPA + 3 * IN_STRIDE,
                   "the input ring lies above the output rings");
    if (stdin_is_nothing())
        return 0;
    if (in_fd < 0)
        in_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (in_fd < 0) {
        mon_err("stdin: eventfd: %s", strerror(errno));
        return 0;
    }
    in_ring = mon_gpa(&p->mem, IN_GPA, IN_STRIDE);
    if (!in_ring)
        return 0;
    in_ring->size = IN_DATA;
    in_ring->stream = PLINTH_STREAM_STDIN;
    in_data = (uint8_t *)in_ring + PLINTH_RING_DATA_OFFSET;
    return IN_GPA;
}

static void wake(void)
{
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    if (in_ring->waiting) {
        uint64_t one = 1;
        if (write(in_fd, &one, sizeof one) < 0) {
            /* the count is already non-zero: a wake-up is pending */
        }
    }
}

static void nap(unsigned ms)
{
    struct timespec ts = { 0, (long)ms * 1000000L };
    nanosleep(&ts, NULL);
}

static sem_t go;                /* posted when a prestarted thread may read */
static int prestarted;

static void *input_thread(void *arg)
{
    if (arg == &go)
        while (sem_wait(&go) < 0) {
            /* EINTR: wait on */
        }
    uint64_t head = 0;
    unsigned backoff = 1;
    for (;;) {
        uint64_t tail = __atomic_load_n(&in_ring->tail, __ATOMIC_ACQUIRE);
        uint64_t used = head - tail;
        if (used > IN_DATA) {
            /* The guest scribbled on its tail; its input is its problem,
             * not ours: stop feeding it. */
            break;
        }
        if (used == IN_DATA) {
            nap(backoff);
            if (backoff < 16)
                backoff *= 2;
            continue;
        }
        backoff = 1;
        uint32_t at = (uint32_t)(head & (IN_DATA - 1));
        uint64_t room = IN_DATA - used;
        if (room > IN_DATA - at)
            room = IN_DATA - at;
        ssize_t n = read(0, in_data + at, (size_t)room);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
            if (errno == EAGAIN)
                nap(1);
            continue;
        }
        if (n <= 0)
            break;
        head += (uint64_t)n;
        __atomic_store_n(&in_ring->head, head, __ATOMIC_RELEASE);
        wake();
    }
    __atomic_store_n(&PLINTH_RING_EOF(in_ring), 1, __ATOMIC_RELEASE);
    /* The guest may have looked before EOF was set: always wake it. */
    uint64_t one = 1;
    if (write(in_fd, &one, sizeof one) < 0) {
        /* a wake-up is pending already */
    }
    __atomic_store_n(&in_done, 1, __ATOMIC_RELEASE);
    return NULL;
}

int mon_input_fd(void)
{
    return in_ring ? in_fd : -1;
}

int mon_input_possible(void)
{
    if (!in_ring)
        return 0;
    if (!__atomic_load_n(&in_done, __ATOMIC_ACQUIRE))
        return 1;
    struct pollfd pf = { .fd = in_fd, .events = POLLIN };
    return poll(&pf, 1, 0) > 0;   /* the last wake-up, not yet taken */
}

static int start_thread(void *arg)
{
    pthread_t th;
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);   /* signals are the vCPU's */
    int e = pthread_create(&th, NULL, input_thread, arg);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (e) {
        mon_err("stdin: cannot start the input thread: %s", strerror(e));
        return -1;
    }
    pthread_detach(th);
    return 0;
}

int mon_input_prestart(struct mon_part *p)
{
    /* The ring's header is written at the request (restore_input): this
     * process takes its own copy of that page now. */
    volatile uint8_t *hdr = mon_gpa(&p->mem, IN_GPA, 4096);
    if (hdr)
        hdr[0] = hdr[0];
    if (in_fd < 0)
        in_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (in_fd < 0 || sem_init(&go, 0, 0) < 0 || start_thread(&go) < 0)
        return -1;
    prestarted = 1;
    return 0;
}

int mon_input_start(struct mon_part *p)
{
    (void)p;
    if (!in_ring)
        return 0;
    if (prestarted) {
        prestarted = 0;
        return sem_post(&go);
    }
    return start_thread(NULL);
}
