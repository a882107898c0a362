/*
 * serve_client: the snapshot benchmark's client for `plinth serve`
 * (bench/suites/snapshot).  Makes N requests one after another, each with
 * no arguments, a pipe for stdout and this process's stdin and stderr,
 * and measures from the request to the first byte of output on the pipe
 * and to the exit code, in C so that the client's own overhead stays
 * out of the figures.
 *
 * A request starts when the request message is sent on a connection made
 * beforehand (a gateway keeps its connections), or, with --connect, when
 * the connection is made (the time to connect and to be accepted counts).
 * A pause between requests (--gap-ms, default 30) lets the server replace
 * the copy used.  Prints "first_us MEDIAN P10 P90 exit_us MEDIAN P10 P90";
 * exits 1 if a request fails.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static int cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static int connect_to(const char *path)
{
    struct sockaddr_un a = { .sun_family = AF_UNIX };
    snprintf(a.sun_path, sizeof a.sun_path, "%s", path);
    int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) < 0) {
        perror(path);
        exit(1);
    }
    return s;
}

/* One request; returns 0 and the two times, or -1. */
static int request(const char *path, int connect_each, uint64_t *first, uint64_t *done)
{
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0)
        return -1;
    uint64_t t0 = 0;
    int s;
    if (connect_each) {
        t0 = now_ns();
        s = connect_to(path);
    } else {
        s = connect_to(path);
        usleep(2000);   /* a worker has accepted it */
        t0 = now_ns();
    }
    uint32_t req[2] = { 0, 0 };
    int fds[3] = { 0, p[1], 2 };
    union {
        struct cmsghdr h;
        char b[CMSG_SPACE(sizeof fds)];
    } u;
    struct iovec iov = { req, sizeof req };
    struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
                        .msg_control = u.b, .msg_controllen = sizeof u.b };
    struct cmsghdr *c = CMSG_FIRSTHDR(&m);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(c), fds, sizeof fds);
    if (sendmsg(s, &m, 0) != (ssize_t)sizeof req)
        return -1;
    close(p[1]);
    char b[4096];
    if (read(p[0], b, 1) != 1)
        return -1;
    *first = now_ns() - t0;
    int32_t rc;
    if (recv(s, &rc, sizeof rc, 0) != (ssize_t)sizeof rc || rc != 0)
        return -1;
    *done = now_ns() - t0;
    while (read(p[0], b, sizeof b) > 0) {
    }
    close(p[0]);
    close(s);
    return 0;
}

int main(int argc, char **argv)
{
    int connect_each = 0, gap_ms = 30;
    if (argc < 3) {
        fprintf(stderr, "usage: serve_client SOCKET N [--connect] [--gap-ms M]\n");
        return 2;
    }
    for (int i = 3; i < argc; i++) {
        if (!strcmp(argv[i], "--connect"))
            connect_each = 1;
        else if (!strcmp(argv[i], "--gap-ms") && i + 1 < argc)
            gap_ms = atoi(argv[++i]);
    }
    int n = atoi(argv[2]);
    if (n < 1)
        return 2;
    uint64_t *f = calloc((size_t)n, 8), *e = calloc((size_t)n, 8);
    for (int i = 0; i < n; i++) {
        if (request(argv[1], connect_each, &f[i], &e[i]) < 0) {
            fprintf(stderr, "serve_client: request %d failed\n", i);
            return 1;
        }
        usleep((useconds_t)gap_ms * 1000);
    }
    qsort(f, (size_t)n, 8, cmp);
    qsort(e, (size_t)n, 8, cmp);
    printf("first_us %.1f %.1f %.1f exit_us %.1f %.1f %.1f\n", f[n / 2] / 1e3,
           f[n / 10] / 1e3, f[n * 9 / 10] / 1e3, e[n / 2] / 1e3, e[n / 10] / 1e3,
           e[n * 9 / 10] / 1e3);
    return 0;
}
