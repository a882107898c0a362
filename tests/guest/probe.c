/*
 * probe: the guest test program.  The first argument names one behaviour
 * of the thin layer to exercise; tests/suites/guest boots it once per
 * behaviour and checks what comes out (output, exit code, fault report).
 */
#include <immintrin.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "kernel.h"

static void out(const char *s)
{
    k_console_write(PLINTH_STREAM_STDOUT, s, strlen(s));
}

static void outf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void outf(const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    out(buf);
}

static int fail(const char *why)
{
    outf("probe failed: %s\n", why);
    return 1;
}

/* ---- console ---------------------------------------------------------- */

/* Lines "line NNNNNN", through the layer or through musl's stdio. */
static int p_lines(int n, int use_stdio)
{
    for (int i = 0; i < n; i++) {
        if (use_stdio)
            printf("line %06d\n", i);
        else
            outf("line %06d\n", i);
    }
    return 0;
}

/* Alternating stdout and stderr lines: each stream must arrive whole and
 * in order. */
static int p_mixed(int n)
{
    char buf[64];
    for (int i = 0; i < n; i++) {
        int len = snprintf(buf, sizeof buf, "out %d\n", i);
        k_console_write(PLINTH_STREAM_STDOUT, buf, (size_t)len);
        len = snprintf(buf, sizeof buf, "err %d\n", i);
        k_console_write(PLINTH_STREAM_STDERR, buf, (size_t)len);
    }
    return 0;
}

/* One write far larger than a ring. */
static int p_bigwrite(size_t bytes)
{
    char *b = malloc(bytes);
    if (!b)
        return fail("malloc");
    for (size_t i = 0; i < bytes; i++)
        b[i] = (i % 64 == 63) ? '\n' : (char)('a' + (i * 7 + i / 64) % 26);
    k_console_write(PLINTH_STREAM_STDOUT, b, bytes);
    free(b);
    return 0;
}

/* ---- arguments, clock, random, wait ----------------------------------- */

static int p_args(int argc, char **argv, char **envp)
{
    outf("argc %d\n", argc);
    for (int i = 1; i < argc; i++)
        outf("arg[%d]=<%s>\n", i, argv[i]);
    for (char **e = envp; *e; e++)
        if (strncmp(*e, "PLINTH_T_", 9) == 0)
            outf("env <%s>\n", *e);
    const char *g = getenv("PLINTH_T_GET");
    outf("getenv <%s>\n", g ? g : "(null)");
    return 0;
}

static int p_clock(void)
{
    uint64_t prev = k_clock_ns();
    for (int i = 0; i < 100000; i++) {
        uint64_t t = k_clock_ns();
        if (t < prev)
            return fail("monotonic clock went backwards");
        prev = t;
    }
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    clock_gettime(CLOCK_MONOTONIC, &b);
    if (b.tv_sec < a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec < a.tv_nsec))
        return fail("clock_gettime(MONOTONIC) went backwards");
    uint64_t wall = k_clock_wall_ns();
    k_clock_resync();
    uint64_t wall2 = k_clock_wall_ns();
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    outf("wall %llu\n", (unsigned long long)(wall / 1000000000u));
    outf("resync %llu\n", (unsigned long long)(wall2 / 1000000000u));
    outf("realtime %lld\n", (long long)rt.tv_sec);
    outf("time %lld\n", (long long)time(NULL));
    return 0;
}

static int p_random(void)
{
    unsigned char b[32];
    k_random_fill(b, sizeof b);
    for (size_t i = 0; i < sizeof b; i++)
        outf("%02x", b[i]);
    outf(" %016llx\n", (unsigned long long)k_random_u64());
    return 0;
}

static int p_wait(unsigned ms)
{
    uint64_t t0 = k_clock_ns(), deadline = t0 + ms * 1000000ull;
    k_sleep_until(deadline);
    uint64_t t1 = k_clock_ns();
    if (t1 < deadline)
        return fail("k_sleep_until returned before its deadline");
    /* And through libc: nanosleep is a system call served in ring 3. */
    struct timespec req = { .tv_sec = 0, .tv_nsec = (long)ms * 1000000 };
    nanosleep(&req, NULL);
    uint64_t t2 = k_clock_ns();
    if (t2 - t1 < ms * 1000000ull)
        return fail("nanosleep returned early");
    out("waited\n");
    return 0;
}

/* ---- floating point, SSE, AVX, libm ----------------------------------- */

__attribute__((target("avx"))) static double p_avx_dot(const double *x,
                                                       const double *y)
{
    __m256d a = _mm256_loadu_pd(x), b = _mm256_loadu_pd(y);
    __m256d m = _mm256_mul_pd(a, b);
    double r[4];
    _mm256_storeu_pd(r, m);
    return r[0] + r[1] + r[2] + r[3];
}

static int p_cpu_has_avx(void)
{
    uint32_t a = 1, b, c = 0, d;
    __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
    if (!((c >> 28) & 1) || !((c >> 27) & 1))   /* AVX, OSXSAVE */
        return 0;
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (lo & 6) == 6;
}

static int p_fp(double x)
{
    volatile double v = x;
    outf("sqrt %.9f\n", sqrt(v));
    outf("sin %.9f\n", sin(v));
    outf("exp %.9f\n", exp(v));
    outf("pow %.9f\n", pow(v, 2.5));
    outf("fmod %.9f\n", fmod(v * 100, 7.0));
    outf("strtod %.9f\n", strtod("2.718281828459045", NULL));
    double xs[4] = { v, v * 2, v * 3, v * 4 }, ys[4] = { 1, 2, 3, 4 };
    if (p_cpu_has_avx())
        outf("avx %.9f\n", p_avx_dot(xs, ys));
    else
        outf("avx %.9f\n", xs[0] * 1 + xs[1] * 2 + xs[2] * 3 + xs[3] * 4);
    return 0;
}

/* SSE registers survive a system call (printf's writev) and the supervisor
 * service (FS base, done at start): compute around stdio calls. */
static int p_fpsave(void)
{
    register __m128d keep = _mm_set_pd(1.5, -2.25);
    double before[2], after[2];
    _mm_storeu_pd(before, keep);
    printf("syscall in between\n");
    fflush(stdout);
    __asm__ volatile("" : "+x"(keep));
    _mm_storeu_pd(after, keep);
    if (memcmp(before, after, sizeof before))
        return fail("xmm register changed across a system call");
    out("fp state kept\n");
    return 0;
}

/* ---- memory ----------------------------------------------------------- */

static int p_malloc(void)
{
    enum { N = 2000 };
    static unsigned char *blk[N];
    static size_t len[N];
    size_t free0 = k_mem_free_bytes();
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < N; i++) {
            len[i] = (size_t)((i * 7919u) % 5000) + 1;
            if (i % 97 == 0)
                len[i] = 300000 + (size_t)i * 10;   /* mmapped by malloc */
            blk[i] = malloc(len[i]);
            if (!blk[i])
                return fail("malloc returned NULL");
            memset(blk[i], (unsigned char)i, len[i]);
        }
        for (int i = 0; i < N; i += 2) {
            unsigned char *p = realloc(blk[i], len[i] * 3);
            if (!p)
                return fail("realloc returned NULL");
            blk[i] = p;
        }
        for (int i = 0; i < N; i++)
            for (size_t j = 0; j < len[i]; j += 61)
                if (blk[i][j] != (unsigned char)i)
                    return fail("heap block corrupted");
        for (int i = 0; i < N; i++)
            free(blk[i]);
    }
    unsigned *z = calloc(100000, sizeof *z);
    if (!z)
        return fail("calloc");
    for (int i = 0; i < 100000; i++)
        if (z[i])
            return fail("calloc memory not zero");
    free(z);
    /* Pages straight from the allocator: zeroed, and given back. */
    unsigned char *pg = k_mem_alloc(1 << 20);
    if (!pg || ((uintptr_t)pg & (K_PAGE_SIZE - 1)))
        return fail("k_mem_alloc");
    memset(pg, 0xab, 1 << 20);
    k_mem_free(pg, 1 << 20);
    unsigned char *pg2 = k_mem_alloc(1 << 20);
    for (size_t i = 0; i < (1 << 20); i += 4096)
        if (!pg2 || pg2[i])
            return fail("recycled pages not zeroed");
    k_mem_free(pg2, 1 << 20);
    size_t free1 = k_mem_free_bytes();
    outf("malloc ok, %s\n", free1 + (8u << 20) >= free0
                                ? "memory returned" : "memory leaked");
    return 0;
}

/* ---- faults ----------------------------------------------------------- */

/* Unbounded on purpose (the depth comes from outside, so the compiler
 * cannot prove it). */
static int p_recurse(volatile char *prev, long depth)
{
    volatile char frame[4096];
    frame[0] = prev ? prev[0] + 1 : 0;
    if (depth == 0)
        return frame[0];
    return p_recurse(frame, depth - 1) + frame[100];
}

static int p_fault(const char *what)
{
    out("before the fault\n");
    if (!strcmp(what, "null"))
        return *(volatile int *)0;
    if (!strcmp(what, "gp"))        /* a non-canonical address */
        return *(volatile int *)0x8000000000000000ull;
    if (!strcmp(what, "ud"))
        __asm__ volatile("ud2");
    if (!strcmp(what, "de")) {
        /* A real divide: the compiler turns 1 / x into compares. */
        uint32_t q, r, zero = (uint32_t)atoi("0");
        __asm__ volatile("divl %2" : "=a"(q), "=d"(r) : "r"(zero), "a"(7), "d"(0));
        return (int)(q + r);
    }
    if (!strcmp(what, "sv-write"))  /* the supervisor's data */
        *(volatile int *)0x180000 = 1;
    if (!strcmp(what, "sv-read"))   /* the supervisor's code */
        return *(volatile int *)0x100000;
    if (!strcmp(what, "pt-write"))  /* the page tables */
        *(volatile uint64_t *)PLINTH_PT_GPA = 0;
    if (!strcmp(what, "bootinfo-write"))
        *(volatile uint32_t *)PLINTH_BOOTINFO_GPA = 0;
    if (!strcmp(what, "text-write"))
        *(volatile unsigned char *)(uintptr_t)&plinth_main = 0xc3;
    if (!strcmp(what, "port"))      /* a port outside the I/O bitmap */
        __asm__ volatile("outb %%al, $0x80" :: "a"(0));
    if (!strcmp(what, "int3"))
        __asm__ volatile("int3");
    if (!strcmp(what, "cli"))
        __asm__ volatile("cli");
    if (!strcmp(what, "stack"))
        return p_recurse(NULL, atol("100000000"));
    if (!strcmp(what, "sv-gp"))     /* a bad FS base: faults in ring 0 */
        syscall(SYS_arch_prctl, 0x1002, 0x8000000000000000ull);
    if (!strcmp(what, "abort"))
        abort();
    return fail("no fault happened");
}

/* ---- exit ------------------------------------------------------------- */

static void p_atexit(void)
{
    printf("atexit ran\n");   /* flushed by exit */
}

int plinth_main(int argc, char **argv, char **envp)
{
    const char *cmd = argc > 1 ? argv[1] : "";
    const char *arg = argc > 2 ? argv[2] : "0";
    if (!strcmp(cmd, "hello")) {
        out("hello\n");
        return 0;
    }
    if (!strcmp(cmd, "exit"))
        return atoi(arg);
    if (!strcmp(cmd, "libc-exit")) {
        atexit(p_atexit);
        printf("buffered ");
        exit(atoi(arg));
    }
    if (!strcmp(cmd, "lines"))
        return p_lines(atoi(arg), 0);
    if (!strcmp(cmd, "printf-lines"))
        return p_lines(atoi(arg), 1);
    if (!strcmp(cmd, "mixed"))
        return p_mixed(atoi(arg));
    if (!strcmp(cmd, "bigwrite"))
        return p_bigwrite((size_t)atol(arg));
    if (!strcmp(cmd, "args"))
        return p_args(argc, argv, envp);
    if (!strcmp(cmd, "clock"))
        return p_clock();
    if (!strcmp(cmd, "random"))
        return p_random();
    if (!strcmp(cmd, "wait"))
        return p_wait((unsigned)atoi(arg));
    if (!strcmp(cmd, "fp"))
        return p_fp(strtod(arg, NULL));
    if (!strcmp(cmd, "fpsave"))
        return p_fpsave();
    if (!strcmp(cmd, "malloc"))
        return p_malloc();
    if (!strcmp(cmd, "fault"))
        return p_fault(arg);
    outf("probe: unknown command <%s>\n", cmd);
    return 2;
}
