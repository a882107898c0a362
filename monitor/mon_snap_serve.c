/*
 * mon_snap_serve: `plinth serve --from FILE --socket PATH`: copies of a
 * snapshot prepared ahead, started on request (docs/snapshot.md, "plinth
 * serve").
 *
 * A restore's fixed cost is the process and the VM (KVM_CREATE_VM,
 * KVM_CREATE_VCPU, setting state), and then the guest's first touches of
 * its pages, not the snapshot.  So the server keeps a pool of worker
 * processes (one partition per process, as always), each of which has
 * already mapped the snapshot, made its VM and vCPU, set the saved state
 * and run the guest to its park point, where it has mapped the pages it
 * will use (mon_snap_park), and waits in accept on the listening socket.
 * A request goes straight to the worker that accepts it, which writes the
 * client's arguments, environment and standard streams into the copy and
 * runs it on; the server only keeps the pool full.
 *
 * Protocol: a SOCK_SEQPACKET Unix socket.  The client sends one message:
 * u32 nargs, u32 nenv, then nargs + nenv NUL-terminated strings, with
 * exactly three descriptors (SCM_RIGHTS): its stdin, stdout and stderr.
 * It gets back one int32: the copy's exit code (125 if the request was
 * malformed).  Requests are hostile input like any other.
 */
#include "mon_snap.h"

#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "mon_input.h"
#include "mon_opts.h"
#include "mon_snap_warm.h"
#include "mon_vcpu.h"

#define REQ_MAX (PLINTH_ARGS_SIZE + 8)
#define POOL_MAX 64

struct serve_opts {
    const char *file, *socket, *kvm_device, *image;
    uint64_t timeout_ns;
    int pool, stats;
};

/* Receives one message with up to nfd descriptors; returns its length, 0
 * at end of stream, -1 on error.  *got is the number of descriptors. */
static ssize_t recv_fds(int s, void *buf, size_t len, int *fds, int nfd, int *got)
{
    union {
        struct cmsghdr h;
        char b[CMSG_SPACE(sizeof(int) * 8)];
    } u;
    struct iovec iov = { buf, len };
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
                        .msg_control = u.b, .msg_controllen = sizeof u.b };
    ssize_t n;
    do
        n = recvmsg(s, &m, MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    *got = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
            continue;
        int k = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int *in = (int *)CMSG_DATA(c);
        for (int i = 0; i < k; i++) {
            if (*got < nfd)
                fds[(*got)++] = in[i];
            else
                close(in[i]);   /* more than we take: not kept */
        }
    }
    if (n >= 0 && (m.msg_flags & (MSG_TRUNC | MSG_CTRUNC)))
        return -1;
    return n;
}

static int send_fds(int s, const void *buf, size_t len, const int *fds, int nfd)
{
    union {
        struct cmsghdr h;
        char b[CMSG_SPACE(sizeof(int) * 8)];
    } u;
    struct iovec iov = { (void *)buf, len };
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
                        .msg_control = u.b,
                        .msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfd) };
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfd);
    memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfd);
    ssize_t n;
    do
        n = sendmsg(s, &m, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n == (ssize_t)len ? 0 : -1;
}

static void reply(int conn, int32_t code)
{
    if (send(conn, &code, sizeof code, MSG_NOSIGNAL) < 0) {
        /* the client went away: nobody to tell */
    }
}

/* Parses a request's strings into o (pointing into buf). */
static int parse_request(char *buf, size_t n, struct mon_opts *o,
                         const char **vec)
{
    uint32_t na, ne;
    if (n < 8)
        return -1;
    memcpy(&na, buf, 4);
    memcpy(&ne, buf + 4, 4);
    if (na > REQ_MAX / 2 || ne > REQ_MAX / 2 || na + ne > REQ_MAX / 2)
        return -1;
    size_t at = 8;
    for (uint32_t i = 0; i < na + ne; i++) {
        char *end = memchr(buf + at, 0, n - at);
        if (at >= n || !end)
            return -1;
        vec[i] = buf + at;
        if (i >= na && (!strchr(vec[i], '=') || vec[i][0] == '='))
            return -1;   /* an environment entry is KEY=VALUE */
        at = (size_t)(end - buf) + 1;
    }
    if (at != n)
        return -1;
    o->args = vec;
    o->nargs = (int)na;
    o->env = vec + na;
    o->nenv = (int)ne;
    return 0;
}

/* The pages copies used after their requests, one bit per guest page,
 * shared by the server and all its workers: each worker adds the pages it
 * used, later copies map them while they wait (mon_snap_park).  Covers
 * guest memory up to LEARN_MEM; a larger partition learns nothing. */
#define LEARN_MEM (64ull << 30)
static uint8_t *learnt;

/* The server, and each copy until it is ready, run SCHED_BATCH: a batch
 * task that wakes does not preempt the one running, so neither the
 * server's bookkeeping nor a copy being prepared takes the CPU from a
 * request at work.  A ready copy returns to SCHED_OTHER, which an
 * unprivileged process may do.  Set only where the server was started
 * SCHED_OTHER (an operator's real-time choice is left alone). */
static int batch;

/* SIGTERM or SIGINT stops the server cleanly (stopping); they are blocked
 * but while it waits.  Workers get back the mask it started with. */
static volatile sig_atomic_t stopping;
static sigset_t worker_mask;

/* A forked process gets no page-table entries for the program's code: each
 * page of it that runs first in the request's path (the restore, the
 * hypercalls) would be a page fault there.  All of it is mapped now. */
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22   /* Linux 5.14; musl's headers may lack it */
#endif
static void map_code(void)
{
    extern char __executable_start[], etext[];
    uintptr_t lo = (uintptr_t)__executable_start & ~(uintptr_t)4095;
    (void)madvise((void *)lo, (uintptr_t)etext - lo, MADV_POPULATE_READ);
}

/* A worker: prepare a copy and park it, say so, take a connection from
 * the listening socket, run its request. */
static _Noreturn void worker(const struct serve_opts *so, int lsock, int ctl,
                             pid_t server)
{
    static struct mon_snap_copy c;
    static char buf[REQ_MAX];
    static const char *vec[REQ_MAX / 2 + 1];
    struct mon_opts o = { .kvm_device = so->kvm_device, .image = so->image,
                          .timeout_ns = so->timeout_ns };
    signal(SIGCHLD, SIG_DFL);
    signal(SIGTERM, SIG_DFL);   /* the server's clean stop is its own */
    signal(SIGINT, SIG_DFL);
    sigprocmask(SIG_SETMASK, &worker_mask, NULL);
    map_code();
    if (mon_snap_prepare(&c, &o, so->file) < 0)
        _exit(MON_EXIT_START);
    const uint8_t *learned =
        learnt && c.part.mem.size <= LEARN_MEM ? learnt : NULL;
    int input = c.view.hdr->nimages > 1;   /* plinth run's copies read stdin */
    if ((input && mon_input_prestart(&c.part) < 0) || mon_snap_park(&c, learned) < 0)
        _exit(MON_EXIT_START);
    if (batch)
        sched_setscheduler(0, SCHED_OTHER, &(struct sched_param){ 0 });
    /* An idle copy dies with the server; one at work finishes its request. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != server || write(ctl, "r", 1) != 1)
        _exit(0);
    int conn;
    do
        conn = accept4(lsock, NULL, NULL, SOCK_CLOEXEC);
    while (conn < 0 && (errno == EINTR || errno == ECONNABORTED));
    if (conn < 0)
        _exit(MON_EXIT_START);
    prctl(PR_SET_PDEATHSIG, 0);
    close(lsock);
    /* A client that connects and says nothing does not hold a copy. */
    struct timeval tv = { .tv_sec = 10 };
    setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    int fds[3], got;
    ssize_t n = recv_fds(conn, buf, sizeof buf, fds, 3, &got);
    /* The server learns that this copy took a request from one byte, sent
     * after the guest's first exit or before the worker ends: it counts a
     * worker that ends without it as one that failed to start. */
    c.part.busy_fd = ctl;
    c.part.busy_tell = 1;
    if (n <= 0 || got != 3 || parse_request(buf, (size_t)n, &o, vec) < 0) {
        reply(conn, MON_EXIT_START);
        mon_vcpu_tell_busy(&c.part);
        _exit(MON_EXIT_START);
    }
    c.part.stats.t_request = mon_now();
    int log = so->stats ? dup(2) : -1;   /* the server's stderr */
    for (int i = 0; i < 3; i++) {
        dup2(fds[i], i);
        close(fds[i]);
    }
    int rc = mon_snap_go(&c, &o, input, 1);
    mon_vcpu_tell_busy(&c.part);   /* if the guest never left it */
    /* Done: what is left (the reply, learning, tearing the VM down) must
     * not keep the CPU from anything that still has work, such as the
     * client reading the copy's output. */
    sched_setscheduler(0, SCHED_IDLE, &(struct sched_param){ 0 });
    fflush(NULL);
    reply(conn, rc);
    close(conn);
    if (log >= 0) {
        const struct mon_stats *t = &c.part.stats;
#define US(a, b) ((double)(t->b - t->a) / 1000.0)
        dprintf(log, "plinth: serve: request us: setup %.0f, to first output "
                "%.0f, run %.0f (exit %d)\n", US(t_request, t_setup),
                t->t_first_out ? US(t_request, t_first_out) : -1.0,
                US(t_setup, t_run), rc);
#undef US
    }
    if (learned)
        (void)mon_snap_warm_learn(&c.part, learnt);
    _exit(rc);
}

/* The server's view of its workers: each one's control socket, and what
 * it said last. */
enum wstate { W_PREP, W_READY, W_BUSY };
#define WORKERS_MAX 1024
static struct { int ctl; enum wstate st; } wk[WORKERS_MAX];
static int nwk;

static int spawn(const struct serve_opts *so, int lsock)
{
    if (nwk == WORKERS_MAX)
        return -1;
    int sp[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sp) < 0)
        return -1;
    pid_t server = getpid(), pid = fork();
    if (pid < 0) {
        close(sp[0]);
        close(sp[1]);
        return -1;
    }
    if (pid == 0) {
        /* Only its own end: a worker holding another's control socket would
         * hide that one's end from the server. */
        close(sp[0]);
        for (int i = 0; i < nwk; i++)
            close(wk[i].ctl);
        worker(so, lsock, sp[1], server);
    }
    close(sp[1]);
    wk[nwk].ctl = sp[0];
    wk[nwk].st = W_PREP;
    nwk++;
    return 0;
}

static int serve_usage(const char *fmt, const char *arg)
{
    fputs("plinth: serve: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (usage: plinth serve --from FILE --socket PATH [--pool N] "
          "[--timeout SECS] [--stats] [--kvm-device PATH] [--image ELF])\n", stderr);
    return MON_EXIT_START;
}

static int serve_fail(const struct serve_opts *so, const char *what)
{
    mon_err("serve: %s", what);
    unlink(so->socket);
    return MON_EXIT_START;
}


static void on_stop(int sig)
{
    (void)sig;
    stopping = 1;
}

/* Workers come and go here; requests never pass through.  A worker that
 * took a request is replaced when it ends, or REPLACE_MS later if it runs
 * on: a copy being prepared takes a core for a few ms, which should not be
 * the core the request runs on.  With no copy left ready, at once. */
#define REPLACE_MS 50
static int serve_loop(const struct serve_opts *so, int lsock)
{
    static struct pollfd pf[WORKERS_MAX];
    int ever_ready = 0, failures = 0;
    uint64_t replace_at = 0;
    for (;;) {
        int ready = 0, coming = 0;
        for (int i = 0; i < nwk; i++) {
            ready += wk[i].st == W_READY;
            coming += wk[i].st != W_BUSY;
        }
        uint64_t now = mon_now();
        /* (With WORKERS_MAX at work, requests wait for one to end.) */
        if (coming < so->pool && nwk < WORKERS_MAX &&
            (ready == 0 || now >= replace_at)) {
            if (spawn(so, lsock) < 0)
                return serve_fail(so, "cannot start a worker");
            replace_at = 0;
            continue;
        }
        int timeout = -1;
        if (coming < so->pool && nwk < WORKERS_MAX)
            timeout = (int)((replace_at - now) / 1000000) + 1;
        for (int i = 0; i < nwk; i++)
            pf[i] = (struct pollfd){ .fd = wk[i].ctl, .events = POLLIN };
        struct timespec ts = { timeout / 1000, (long)(timeout % 1000) * 1000000L };
        /* The stop signals are blocked but here, so one cannot slip in
         * between the check below and the wait. */
        int n = ppoll(pf, (nfds_t)nwk, timeout < 0 ? NULL : &ts, &worker_mask);
        if (stopping) {
            /* Idle copies end with us (PR_SET_PDEATHSIG); copies at work
             * finish their requests. */
            unlink(so->socket);
            fprintf(stderr, "plinth: serve: stopped\n");
            return 0;
        }
        if (n < 0 && errno != EINTR)
            return serve_fail(so, "poll failed");
        for (int i = nwk - 1; n > 0 && i >= 0; i--) {
            if (!pf[i].revents)
                continue;
            char b;
            ssize_t got = read(wk[i].ctl, &b, 1);
            if (got == 1 && b == 'r') {
                wk[i].st = W_READY;
                failures = 0;
                if (!ever_ready++)
                    fprintf(stderr, "plinth: serve: %s on %s, %d copies ready\n",
                            so->file, so->socket, so->pool);
            } else if (got == 1 && b == 't') {
                wk[i].st = W_BUSY;
                if (!replace_at)
                    replace_at = mon_now() + REPLACE_MS * 1000000ull;
            } else if (got <= 0 && !(got < 0 && errno == EINTR)) {
                /* It ended: done with its request, or died. */
                if (wk[i].st == W_BUSY)
                    replace_at = 1;
                else if (!ever_ready)
                    return serve_fail(so, "the snapshot cannot be restored");
                else if (++failures >= 8)
                    return serve_fail(so, "copies keep failing to start");
                close(wk[i].ctl);
                wk[i] = wk[--nwk];
            }
        }
    }
}

int mon_snap_serve_main(int argc, char **argv)
{
    static struct serve_opts so = { .kvm_device = "/dev/kvm", .pool = 4 };
    const char *why;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        static const char *const valued[] = { "--from", "--socket", "--pool",
                                              "--timeout", "--kvm-device",
                                              "--image" };
        const char *name, *val;
        if (!strcmp(a, "--stats")) {
            so.stats = 1;
            continue;
        }
        int got = mon_opts_valued(argc, argv, &i, valued,
                                  sizeof valued / sizeof *valued, &name, &val);
        if (got == 0)
            return serve_usage("unknown option '%s'", a);
        if (got < 0)
            return serve_usage("%s needs a value", name);
        if (!strcmp(name, "--from")) {
            so.file = val;
        } else if (!strcmp(name, "--socket")) {
            so.socket = val;
        } else if (!strcmp(name, "--pool")) {
            so.pool = atoi(val);
            if (so.pool < 1 || so.pool > POOL_MAX)
                return serve_usage("--pool %s: 1 to 64", val);
        } else if (!strcmp(name, "--timeout")) {
            if (mon_opts_seconds(val, &so.timeout_ns, &why) < 0) {
                mon_err("--timeout %s: %s", val, why);
                return MON_EXIT_START;
            }
        } else if (!strcmp(name, "--kvm-device")) {
            so.kvm_device = val;
        } else {
            so.image = val;
        }
    }
    if (!so.file || !so.socket)
        return serve_usage("%s", "--from and --socket are needed");
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    if (strlen(so.socket) >= sizeof addr.sun_path)
        return serve_usage("--socket %s: path too long", so.socket);
    strcpy(addr.sun_path, so.socket);

    int lsock = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    unlink(so.socket);
    /* Only this user may ask for copies: a request runs with our rights. */
    mode_t old = umask(0077);
    int bound = lsock >= 0 && bind(lsock, (struct sockaddr *)&addr, sizeof addr) == 0;
    umask(old);
    if (!bound || listen(lsock, 128) < 0) {
        mon_err("%s: %s", so.socket, strerror(errno));
        return MON_EXIT_START;
    }
    signal(SIGCHLD, SIG_IGN);   /* workers are reaped by the kernel */
    /* SIGTERM or SIGINT: stop cleanly, the socket removed.  Without
     * SA_RESTART, so that poll returns to see it. */
    struct sigaction sa = { .sa_handler = on_stop };
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGINT);
    sigprocmask(SIG_BLOCK, &stops, &worker_mask);
    signal(SIGPIPE, SIG_IGN);
    void *m = mmap(NULL, LEARN_MEM / SNAP_PAGE / 8, PROT_READ | PROT_WRITE,
                   MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    learnt = m == MAP_FAILED ? NULL : m;
    batch = sched_getscheduler(0) == SCHED_OTHER &&
            sched_setscheduler(0, SCHED_BATCH, &(struct sched_param){ 0 }) == 0;
    return serve_loop(&so, lsock);
}

/* `plinth call SOCKET [--env K=V].. [-- ARGS]`: one request, with this
 * process's standard streams; exits with the copy's code. */
int mon_snap_call_main(int argc, char **argv)
{
    static char buf[REQ_MAX];
    const char *sock = NULL;
    const char **env = calloc((size_t)argc + 1, sizeof *env);
    int nenv = 0, i = 1;
    if (!env)
        return MON_EXIT_START;
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        }
        if (!strcmp(argv[i], "--env") && i + 1 < argc) {
            env[nenv++] = argv[++i];
        } else if (!strncmp(argv[i], "--env=", 6)) {
            env[nenv++] = argv[i] + 6;
        } else if (argv[i][0] == '-' || sock) {
            mon_err("call: unexpected '%s' (usage: plinth call SOCKET "
                    "[--env KEY=VALUE].. [-- ARGS])", argv[i]);
            return MON_EXIT_START;
        } else {
            sock = argv[i];
        }
    }
    struct sockaddr_un addr = { .sun_family = AF_UNIX };
    if (!sock || strlen(sock) >= sizeof addr.sun_path) {
        mon_err("call: usage: plinth call SOCKET [--env KEY=VALUE].. [-- ARGS]");
        return MON_EXIT_START;
    }
    strcpy(addr.sun_path, sock);
    uint32_t na = (uint32_t)(argc - i), ne = (uint32_t)nenv;
    size_t n = 8;
    memcpy(buf, &na, 4);
    memcpy(buf + 4, &ne, 4);
    for (int k = 0; k < argc - i + nenv; k++) {
        const char *str = k < argc - i ? argv[i + k] : env[k - (argc - i)];
        size_t len = strlen(str) + 1;
        if (len > sizeof buf - n) {
            mon_err("call: the arguments and environment do not fit a request");
            return MON_EXIT_START;
        }
        memcpy(buf + n, str, len);
        n += len;
    }
    int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&addr, sizeof addr) < 0) {
        mon_err("%s: %s (is plinth serve running there?)", sock, strerror(errno));
        return MON_EXIT_START;
    }
    static const int fds[3] = { 0, 1, 2 };
    int32_t code;
    ssize_t got;
    if (send_fds(s, buf, n, fds, 3) < 0) {
        mon_err("%s: cannot send the request: %s", sock, strerror(errno));
        return MON_EXIT_START;
    }
    do
        got = recv(s, &code, sizeof code, 0);
    while (got < 0 && errno == EINTR);
    if (got != (ssize_t)sizeof code) {
        mon_err("%s: the server ended the request without an exit code", sock);
        return MON_EXIT_START;
    }
    return code & 0xff;
}
