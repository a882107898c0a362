/*
 * platform_hosted.c: platform.h on POSIX, for the hosted JVM (an ordinary
 * process).  Owns buffered standard output, the clocks, page memory, and
 * finding class bytes in the class library directory and the class path.
 */
#include "platform.h"
#include "platform_hosted.h"
#include "plinth/classimg.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* stdout is buffered (flushed when full, before stderr output, on read
 * from stdin and at exit) so a print loop costs few system calls; stderr
 * goes out at once like HotSpot's. */
static char out_buf[1 << 15];
static size_t out_len;

static char **cp_dirs;       /* class path: the class library dir first */
static size_t ncp_dirs;
static const char *cp_user = ".";
/* The application's classes packed by `plinth run --hosted` when its class
 * path has jars (docs/partition.md): read-only, found by the same binary
 * search as in a partition.  NULL: the class path is directories. */
static const void *app_img;
static uint64_t app_img_size;

static bool write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += w;
        n -= (size_t)w;
    }
    return true;
}

void plat_flush(int fd)
{
    if (fd == 1 && out_len > 0) {
        write_all(1, out_buf, out_len);
        out_len = 0;
    }
}

int64_t plat_write(int fd, const void *buf, size_t len)
{
    if (fd == 1) {
        if (out_len + len > sizeof out_buf) {
            plat_flush(1);
            if (len > sizeof out_buf)
                return write_all(1, buf, len) ? (int64_t)len : -1;
        }
        memcpy(out_buf + out_len, buf, len);
        out_len += len;
        return (int64_t)len;
    }
    if (fd == 2)
        plat_flush(1);
    return write_all(fd, buf, len) ? (int64_t)len : -1;
}

int64_t plat_read(int fd, void *buf, size_t len)
{
    plat_flush(1);
    for (;;) {
        ssize_t r = read(fd, buf, len);
        if (r < 0 && errno == EINTR)
            continue;
        return r;
    }
}

bool plat_isatty(int fd) { return isatty(fd) == 1; }

uint64_t plat_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t plat_walltime_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void plat_random(void *buf, size_t len)
{
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    if (fd >= 0) {
        while (got < len) {
            ssize_t r = read(fd, (char *)buf + got, len - got);
            if (r <= 0)
                break;
            got += (size_t)r;
        }
        close(fd);
    }
    /* Fall back on the clock: seeds need not be secret here. */
    uint64_t x = plat_nanotime() ^ ((uint64_t)getpid() << 32);
    for (; got < len; got++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        ((uint8_t *)buf)[got] = (uint8_t)x;
    }
}

void plat_idle_until(uint64_t deadline_ns)
{
    plat_flush(1);
    if (deadline_ns <= plat_nanotime())
        return;
    /* Just sleep: nobody waits for stdin (that is plat_idle_until_input),
     * and polling it would return at once at end of file. */
    struct timespec ts = { (time_t)(deadline_ns / 1000000000u), (long)(deadline_ns % 1000000000u) };
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

/* ---- stdin without blocking the VM ------------------------------------- */

/* Poll fd 0 for up to timeout_ms (-1: forever).  End of file, a hang-up,
 * an error or a closed fd count as ready: the read that follows reports
 * them. */
static bool stdin_poll(int timeout_ms)
{
    struct pollfd pf = { .fd = 0, .events = POLLIN };
    int n;
    while ((n = poll(&pf, 1, timeout_ms)) < 0 && errno == EINTR)
        ;
    return n != 0;
}

bool plat_input_ready(void) { return stdin_poll(0); }

int64_t plat_read_nonblock(int fd, void *buf, size_t len)
{
    if (fd == 0 && !stdin_poll(0))
        return PLAT_AGAIN;
    return plat_read(fd, buf, len);
}

void plat_idle_until_input(uint64_t deadline_ns)
{
    plat_flush(1);
    if (!deadline_ns) {
        stdin_poll(-1);
        return;
    }
    uint64_t now = plat_nanotime();
    if (deadline_ns <= now)
        return;
    /* poll counts milliseconds: round up, the caller re-checks the time. */
    uint64_t ms = (deadline_ns - now + 999999u) / 1000000u;
    stdin_poll(ms > INT32_MAX ? INT32_MAX : (int)ms);
}

void *plat_reserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void plat_release(void *p, size_t bytes) { munmap(p, bytes); }

void plat_discard(void *p, size_t bytes)
{
    uintptr_t lo = ((uintptr_t)p + 4095) & ~(uintptr_t)4095;
    uintptr_t hi = ((uintptr_t)p + bytes) & ~(uintptr_t)4095;
    if (hi > lo)
        (void)madvise((void *)lo, hi - lo, MADV_DONTNEED);
}

size_t plat_page_size(void) { return (size_t)sysconf(_SC_PAGESIZE); }

/* ---- class bytes ------------------------------------------------------ */

static void add_dir(const char *d, size_t n)
{
    char *s = malloc(n + 1);
    if (!s)
        plat_abort("out of memory");
    memcpy(s, d, n);
    s[n] = 0;
    char **nd = realloc(cp_dirs, (ncp_dirs + 1) * sizeof *nd);
    if (!nd)
        plat_abort("out of memory");
    cp_dirs = nd;
    cp_dirs[ncp_dirs++] = s;
}

/* Maps the class image that plinth passed as descriptor `fd` (see
 * main_hosted.c's --plinth-app-image).  0, or -1 with a reason in err. */
int plat_hosted_set_app_image(int fd, char *err, size_t errlen)
{
    struct stat st;
    struct plinth_classimg_hdr h;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        pread(fd, &h, sizeof h, 0) != (ssize_t)sizeof h ||
        h.magic != PLINTH_CLASSIMG_MAGIC || h.version != PLINTH_CLASSIMG_VERSION ||
        h.size > (uint64_t)st.st_size) {
        snprintf(err, errlen, "--plinth-app-image=%d: not a class image", fd);
        return -1;
    }
    void *m = mmap(NULL, (size_t)h.size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        snprintf(err, errlen, "--plinth-app-image=%d: %s", fd, strerror(errno));
        return -1;
    }
    close(fd);
    app_img = m;
    app_img_size = h.size;
    return 0;
}

int plat_hosted_set_class_path(const char *classlib, const char *user_cp,
                               char *err, size_t errlen)
{
    add_dir(classlib, strlen(classlib));
    cp_user = user_cp ? user_cp : ".";
    if (app_img)
        return 0;   /* the image holds the whole class path */
    const char *p = cp_user;
    for (;;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 0) {
            add_dir(".", 1);
        } else {
            char tmp[4096];
            if (n >= sizeof tmp) {
                snprintf(err, errlen, "class path entry too long");
                return -1;
            }
            memcpy(tmp, p, n);
            tmp[n] = 0;
            struct stat st;
            if (stat(tmp, &st) == 0 && S_ISREG(st.st_mode)) {
                snprintf(err, errlen, "%s: jar files need plinth: "
                         "plinth run --hosted -cp ...", tmp);
                return -1;
            }
            /* A missing directory is ignored, as java does. */
            add_dir(p, n);
        }
        if (!e)
            break;
        p = e + 1;
    }
    return 0;
}

static const uint8_t *read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    size_t n = (size_t)st.st_size;
    uint8_t *buf = malloc(n ? n : 1);
    size_t got = 0;
    while (buf && got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            break;
        }
        got += (size_t)r;
    }
    close(fd);
    if (!buf || got != n) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

const uint8_t *plat_find_class(const char *internal_name, size_t *len, bool *library)
{
    /* Names with path tricks never reach the file system. */
    if (strstr(internal_name, "..") || internal_name[0] == '/' || strchr(internal_name, '\\'))
        return NULL;
    char path[4096];
    for (size_t i = 0; i < ncp_dirs; i++) {
        int n = snprintf(path, sizeof path, "%s/%s.class", cp_dirs[i], internal_name);
        if (n < 0 || (size_t)n >= sizeof path)
            continue;
        const uint8_t *b = read_file(path, len);
        if (b) {
            *library = i == 0;   /* the class library's directory comes first */
            return b;
        }
    }
    *library = false;
    return plinth_classimg_find(app_img, app_img_size, internal_name, len);
}

const char *plat_class_path(void) { return cp_user; }

char **plat_environ(void) { return environ; }

_Noreturn void plat_exit(int code)
{
    plat_flush(1);
    _exit(code);
}

_Noreturn void plat_abort(const char *msg)
{
    plat_flush(1);
    char buf[512];
    int n = snprintf(buf, sizeof buf, "plinth-jvm: %s\n", msg);
    if (n > 0)
        write_all(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
    _exit(134);
}
