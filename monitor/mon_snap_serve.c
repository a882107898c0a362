/*
 * mon_snap_serve: `plinth serve --from FILE --socket PATH`: copies of a
 * snapshot prepared ahead, started on request (docs/snapshot.md, "plinth
 * serve").
 *
 * A restore's fixed cost is the process and the VM (KVM_CREATE_VM,
 * KVM_CREATE_VCPU, setting state), not the snapshot.  So the server keeps
 * a pool of worker processes (one partition per process, as always), each
 * of which has already mapped the snapshot, made its VM and vCPU and set
 * the saved state, and waits.  A request hands one worker the client's
 * arguments, environment and standard streams; the worker writes them
 * into the copy, sets the saved TSC again (time waiting in the pool is not
 * guest time) and runs it; the server forks a replacement.
 *
 * Protocol: a SOCK_SEQPACKET Unix socket.  The client sends one message:
 * u32 nargs, u32 nenv, then nargs + nenv NUL-terminated strings, with
 * exactly three descriptors (SCM_RIGHTS): its stdin, stdout and stderr.
 * It gets back one int32: the copy's exit code (125 if the request was
 * malformed).  Requests are hostile input like any other.
 */
#include "mon_snap.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "mon_opts.h"

#define REQ_MAX (PLINTH_ARGS_SIZE + 8)
#define POOL_MAX 64

struct serve_opts {
    const char *file, *socket, *kvm_device, *image;
    uint64_t timeout_ns;
    int pool;
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

/* Makes the copy's own private copy of every saved page now, while it
 * waits: otherwise the guest's first write to each costs a copy-on-write
 * fault inside its run, on the request's path.  Writing a byte back to
 * itself changes nothing the guest sees. */
static void own_pages(struct mon_snap_copy *c)
{
    const struct snap_hdr *h = c->view.hdr;
    for (uint64_t i = 0; i < h->nruns; i++) {
        const struct snap_run *r = &c->view.runs[i];
        volatile uint8_t *at = c->part.mem.base + r->gpa;
        for (uint64_t pg = 0; pg < r->pages; pg++)
            at[pg * SNAP_PAGE] = at[pg * SNAP_PAGE];
    }
}

/* A worker: prepare a copy, say so, wait for a request, run it. */
static _Noreturn void worker(const struct serve_opts *so, int ctl)
{
    static struct mon_snap_copy c;
    static char buf[REQ_MAX];
    static const char *vec[REQ_MAX / 2 + 1];
    struct mon_opts o = { .kvm_device = so->kvm_device, .image = so->image,
                          .timeout_ns = so->timeout_ns };
    signal(SIGCHLD, SIG_DFL);
    if (mon_snap_prepare(&c, &o, so->file) < 0)
        _exit(MON_EXIT_START);
    own_pages(&c);
    if (write(ctl, "r", 1) != 1)
        _exit(0);
    int fds[4], got;
    ssize_t n = recv_fds(ctl, buf, sizeof buf, fds, 4, &got);
    if (n <= 0 || got != 4)
        _exit(0);   /* the server is gone */
    int conn = fds[3];
    if (parse_request(buf, (size_t)n, &o, vec) < 0) {
        reply(conn, MON_EXIT_START);
        _exit(MON_EXIT_START);
    }
    for (int i = 0; i < 3; i++) {
        dup2(fds[i], i);
        close(fds[i]);
    }
    close(ctl);
    int rc = mon_snap_go(&c, &o, c.view.hdr->nimages > 1, 1);
    fflush(NULL);
    reply(conn, rc);
    _exit(rc);
}

/* The workers' control sockets (server side), and whether each worker's
 * "ready" was read. */
static int pool[POOL_MAX], up[POOL_MAX], npool;

static int spawn(const struct serve_opts *so, int lsock)
{
    int sp[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sp) < 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(sp[0]);
        close(sp[1]);
        return -1;
    }
    if (pid == 0) {
        /* Only its own end: a worker holding another's control socket would
         * keep that one waiting after the server is gone. */
        close(lsock);
        close(sp[0]);
        for (int i = 0; i < npool; i++)
            if (pool[i] >= 0)
                close(pool[i]);
        worker(so, sp[1]);
    }
    close(sp[1]);
    return sp[0];
}

/* Waits for a worker's "ready"; -1 if it died (its message is printed). */
static int ready(int ctl)
{
    char b;
    ssize_t n;
    do
        n = read(ctl, &b, 1);
    while (n < 0 && errno == EINTR);
    return n == 1 ? 0 : -1;
}

static int serve_usage(const char *fmt, const char *arg)
{
    fputs("plinth: serve: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (usage: plinth serve --from FILE --socket PATH [--pool N] "
          "[--timeout SECS] [--kvm-device PATH] [--image ELF])\n", stderr);
    return MON_EXIT_START;
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
    signal(SIGPIPE, SIG_IGN);
    npool = so.pool;
    for (int i = 0; i < npool; i++)
        pool[i] = -1;
    for (int i = 0; i < so.pool; i++)
        if ((pool[i] = spawn(&so, lsock)) < 0) {
            mon_err("serve: cannot start a worker: %s", strerror(errno));
            return MON_EXIT_START;
        }
    /* The first copy proves the snapshot: a bad one ends the server now. */
    if ((up[0] = ready(pool[0]) == 0) == 0) {
        mon_err("serve: %s: the snapshot cannot be restored", so.file);
        unlink(so.socket);
        return MON_EXIT_START;
    }
    fprintf(stderr, "plinth: serve: %s on %s, %d copies ready\n", so.file,
            so.socket, so.pool);
    static char buf[REQ_MAX];
    for (int next = 0;; next = (next + 1) % so.pool) {
        int conn = accept4(lsock, NULL, NULL, SOCK_CLOEXEC);
        if (conn < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            mon_err("serve: accept: %s", strerror(errno));
            return MON_EXIT_START;
        }
        int fds[4], got;
        ssize_t n = recv_fds(conn, buf, sizeof buf, fds, 3, &got);
        if (n <= 0 || got != 3) {
            for (int i = 0; i < got; i++)
                close(fds[i]);
            reply(conn, MON_EXIT_START);
            close(conn);
            continue;
        }
        fds[3] = conn;
        /* A worker that died while waiting is skipped.  Replacements are
         * forked only once the request's descriptors are closed here, so
         * that no idle worker holds the client's pipes open. */
        int sent = 0, used[POOL_MAX] = { 0 };
        for (int tries = 0; tries < so.pool && !sent; tries++) {
            int w = (next + tries) % so.pool;
            sent = (up[w] || ready(pool[w]) == 0) &&
                   send_fds(pool[w], buf, (size_t)n, fds, 4) == 0;
            used[w] = 1;
        }
        if (!sent)
            reply(conn, MON_EXIT_START);
        for (int i = 0; i < 4; i++)
            close(fds[i]);
        for (int w = 0; w < so.pool; w++) {
            if (!used[w])
                continue;
            close(pool[w]);
            pool[w] = -1;
            up[w] = 0;
            if ((pool[w] = spawn(&so, lsock)) < 0) {
                mon_err("serve: cannot start a worker: %s", strerror(errno));
                return MON_EXIT_START;
            }
        }
    }
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
