/*
 * The monitor's test guest: a tiny freestanding program that does what
 * its first argument says, so one image serves every monitor test.  It
 * starts at ring 0, does the few things that need ring 0 there, and drops
 * to ring 3 for the rest (ring-0 code is emulated slowly under PVM).
 * Numbers in arguments are hex or decimal ("0x..." or digits).
 */
#include <stdint.h>

#include "plinth/abi.h"

void guest_to_user(void (*fn)(void), void *stack);

static struct plinth_boot_info *bi;
static const char **argv;
static uint32_t argc;
static uint8_t stack3[65536] __attribute__((aligned(16)));
static uint32_t cpuid0[3][4];   /* leaves 0, 1, 7 as ring 0 saw them */

static inline void outl(uint16_t port, uint32_t v)
{
    __asm__ volatile("outl %0, %1" ::"a"(v), "Nd"(port) : "memory");
}

static void hc(unsigned nr, void *arg)
{
    outl(PLINTH_HC_PORT(nr), (uint32_t)(uintptr_t)arg);
}

static uint64_t slen(const char *s)
{
    uint64_t n = 0;
    while (s[n])
        n++;
    return n;
}

static int seq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static uint64_t num(const char *s)
{
    uint64_t v = 0;
    if (s[0] == '0' && s[1] == 'x') {
        for (s += 2; *s; s++)
            v = v * 16 + (uint64_t)(*s <= '9' ? *s - '0' : (*s | 32) - 'a' + 10);
    } else {
        for (; *s; s++)
            v = v * 10 + (uint64_t)(*s - '0');
    }
    return v;
}

static const char *arg(uint32_t i)
{
    return i < argc ? argv[i] : "0";
}

/* Hostile file-call tests write their buffers here (writable, ring 3). */
static uint8_t scratch[8192] __attribute__((aligned(4096)));

/* An address argument: a number, or a place named by a prefix so the test
 * need not know the layout: "b:N" scratch+N, "c:N" the class image+N (read
 * only; under plinth run), "t:N" the guest's text+N (read only), "p:TEXT"
 * the bytes TEXT themselves (in the arguments area). */
static void user_main(void);
static uint64_t addr(const char *s)
{
    if (s[0] && s[1] == ':') {
        switch (s[0]) {
        case 'b': return (uintptr_t)scratch + num(s + 2);
        case 'c': return bi->classes + num(s + 2);
        case 't': return ((uintptr_t)user_main & ~0xfffull) + num(s + 2);
        case 'p': return (uintptr_t)(s + 2);
        }
    }
    return num(s);
}

static void write_buf(const void *b, uint64_t len)
{
    static struct plinth_hc_write w __attribute__((aligned(8)));
    w.stream = PLINTH_STREAM_STDOUT;
    w.buf = (uintptr_t)b;
    w.len = len;
    hc(PLINTH_HC_WRITE, &w);
}

static void puts_(const char *s)
{
    write_buf(s, slen(s));
}

static void exit_(int code)
{
    static struct plinth_hc_exit e __attribute__((aligned(8)));
    e.code = code;
    hc(PLINTH_HC_EXIT, &e);
}

static char *fmt_u(char *p, uint64_t v, unsigned base)
{
    char t[24];
    int n = 0;
    do {
        t[n++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (n)
        *p++ = t[--n];
    return p;
}

static void put_u(uint64_t v, unsigned base, char end)
{
    char b[32], *p = fmt_u(b, v, base);
    *p++ = end;
    write_buf(b, (uint64_t)(p - b));
}

static uint32_t wait_(uint64_t timeout, uint32_t events)
{
    static struct plinth_hc_wait w __attribute__((aligned(8)));
    w.timeout_ns = timeout;
    w.events = events;
    w.ready = 0xdead;
    hc(PLINTH_HC_WAIT, &w);
    return w.ready;
}

/* ---- the stdout ring, as the kernel would drive it -------------------- */

static void ring_put(const char *s, uint64_t n)
{
    struct plinth_ring *r = (struct plinth_ring *)(uintptr_t)
                                bi->rings[PLINTH_STREAM_STDOUT];
    uint8_t *data = (uint8_t *)r + PLINTH_RING_DATA_OFFSET;
    for (uint64_t i = 0; i < n; i++) {
        while (r->head - __atomic_load_n(&r->tail, __ATOMIC_ACQUIRE) == r->size) {
            r->waiting = 1;
            __atomic_thread_fence(__ATOMIC_SEQ_CST);
            if (r->head - r->tail != r->size)
                break;
            outl(PLINTH_DOORBELL_PORT, 1);
            wait_(UINT64_MAX, PLINTH_EV_RING_SPACE);
        }
        data[r->head & (r->size - 1)] = (uint8_t)s[i];
        __atomic_store_n(&r->head, r->head + 1, __ATOMIC_RELEASE);
    }
}

static void ring_flush(void)
{
    outl(PLINTH_DOORBELL_PORT, 1);
}

/* ---- random file calls (fuzz) ------------------------------------------ */

static uint64_t fuzz_seed;

static uint32_t fuzz_rnd(uint32_t bound)
{
    uint64_t x = fuzz_seed;
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    fuzz_seed = x;
    return (uint32_t)((x >> 32) % bound);
}

/* Now and then a hostile value in place of a plausible one. */
static int fuzz_odd(uint64_t *v)
{
    static const uint64_t odd[] = {
        0, 1, 0x1000, 0x2000, 0x11000, 0x100000, 0x200000, 0x0ffffff8,
        0xfffffff8, 0xffffffff, 0xffffffffffffffffull, 0x8000000000000000ull,
        4096, 4097, 1u << 20, (1u << 20) + 1, 0x7fffffffffffffffull, 1024,
    };
    if (fuzz_rnd(300))
        return 0;
    *v = odd[fuzz_rnd(sizeof odd / sizeof *odd)];
    return 1;
}

static void fuzz_path(plinth_gpa_t *path, uint64_t *len)
{
    static const char *const paths[] = {
        "/d/f.txt", "/d", "/d/sub", "/d/z", "/d/sub/y", "/d/..", "/d/.",
        "/d/sub/../f.txt", "/d/../..", "/etc/passwd", "f.txt", "sub//y/",
        "/d/f.txt\0x", "/", "",
    };
    const char *p = paths[fuzz_rnd(sizeof paths / sizeof *paths)];
    *path = (uintptr_t)p;
    *len = slen(p) + (fuzz_rnd(8) == 0 ? 1 + fuzz_rnd(3) : 0);
    fuzz_odd(path);
    fuzz_odd(len);
}

static uint32_t fuzz_handle(void)
{
    uint64_t v = fuzz_rnd(6);
    fuzz_odd(&v);
    return (uint32_t)v;
}

static void fuzz_buf(plinth_gpa_t *buf, uint64_t *len)
{
    *buf = (uintptr_t)scratch + fuzz_rnd(4096);
    *len = fuzz_rnd(4) ? fuzz_rnd(64) : fuzz_rnd(4096);
    fuzz_odd(buf);
    fuzz_odd(len);
}

static void fuzz_call(void)
{
    static union {
        struct plinth_hc_fopen o;
        struct plinth_hc_fclose c;
        struct plinth_hc_fio io;
        struct plinth_hc_fstat st;
        struct plinth_hc_flist ls;
        struct plinth_hc_fop op;
    } u __attribute__((aligned(8)));
    unsigned nr = PLINTH_HC_FOPEN + fuzz_rnd(7);
    uint64_t v;
    for (unsigned k = 0; k < sizeof u; k++)
        ((uint8_t *)&u)[k] = (uint8_t)fuzz_rnd(256);
    switch (nr) {
    case PLINTH_HC_FOPEN:
        fuzz_path(&u.o.path, &u.o.path_len);
        v = fuzz_rnd(64);
        fuzz_odd(&v);
        u.o.flags = (uint32_t)v;
        break;
    case PLINTH_HC_FCLOSE:
        u.c.handle = fuzz_handle();
        break;
    case PLINTH_HC_FREAD:
    case PLINTH_HC_FWRITE:
        u.io.handle = fuzz_handle();
        u.io.offset = fuzz_rnd(100);
        fuzz_odd(&u.io.offset);
        fuzz_buf(&u.io.buf, &u.io.len);
        break;
    case PLINTH_HC_FSTAT:
        fuzz_path(&u.st.path, &u.st.path_len);
        u.st.handle = fuzz_rnd(2) ? PLINTH_FILE_NOHANDLE : fuzz_handle();
        break;
    case PLINTH_HC_FLIST:
        fuzz_path(&u.ls.path, &u.ls.path_len);
        fuzz_buf(&u.ls.buf, &u.ls.len);
        break;
    default:
        v = 1 + fuzz_rnd(4);
        fuzz_odd(&v);
        u.op.op = (uint32_t)v;
        fuzz_path(&u.op.path, &u.op.path_len);
        fuzz_path(&u.op.path2, &u.op.path2_len);
        u.op.handle = fuzz_handle();
        u.op.length = fuzz_rnd(100);   /* never a huge sparse file */
        break;
    }
    hc(nr, &u);
}

/* ---- ring-3 commands --------------------------------------------------- */

static void user_main(void)
{
    const char *cmd = arg(1);
    if (seq(cmd, "hello")) {
        puts_("hello from the guest\n");
    } else if (seq(cmd, "exit")) {
        exit_((int)num(arg(2)));
    } else if (seq(cmd, "args")) {
        for (uint32_t i = 0; i < argc; i++) {
            puts_(argv[i]);
            puts_("\n");
        }
        const char **envp = (const char **)(uintptr_t)bi->envp;
        for (uint32_t i = 0; i < bi->envc; i++) {
            puts_("env ");
            puts_(envp[i]);
            puts_("\n");
        }
    } else if (seq(cmd, "bootinfo")) {
        puts_("magic "), put_u(bi->magic, 16, '\n');
        puts_("abi "), put_u(bi->abi_version, 10, '\n');
        puts_("mem "), put_u(bi->mem_size, 10, '\n');
        puts_("tsc_hz "), put_u(bi->tsc_hz, 10, '\n');
        for (uint32_t i = 0; i < bi->nregions; i++) {
            puts_("region "), put_u(bi->regions[i].base, 16, ' ');
            put_u(bi->regions[i].size, 16, ' ');
            put_u(bi->regions[i].type, 10, '\n');
        }
        puts_("ring1 "), put_u(bi->rings[1], 16, '\n');
        puts_("ring2 "), put_u(bi->rings[2], 16, '\n');
    } else if (seq(cmd, "ring")) {
        /* N numbered lines through the ring, then exit at once. */
        uint64_t n = num(arg(2));
        for (uint64_t i = 0; i < n; i++) {
            char b[32], *p = fmt_u(b, i, 10);
            *p++ = '\n';
            ring_put(b, (uint64_t)(p - b));
            if (i % 64 == 63)
                ring_flush();
        }
        exit_(0);
    } else if (seq(cmd, "mixed")) {
        /* Ring, WRITE, ring: output must keep this order. */
        ring_put("one\n", 4);
        puts_("two\n");
        ring_put("three\n", 6);
        exit_(0);
    } else if (seq(cmd, "random")) {
        static uint8_t buf[16] __attribute__((aligned(8)));
        static struct plinth_hc_random r __attribute__((aligned(8)));
        r.buf = (uintptr_t)buf;
        r.len = sizeof buf;
        hc(PLINTH_HC_RANDOM, &r);
        char out[40], *p = out;
        for (unsigned i = 0; i < sizeof buf; i++) {
            *p++ = "0123456789abcdef"[buf[i] >> 4];
            *p++ = "0123456789abcdef"[buf[i] & 15];
        }
        *p++ = '\n';
        write_buf(out, (uint64_t)(p - out));
    } else if (seq(cmd, "walltime")) {
        static struct plinth_hc_walltime t __attribute__((aligned(8)));
        hc(PLINTH_HC_WALLTIME, &t);
        /* The guest's own clock: boot time plus TSC ticks since. */
        uint32_t lo, hi;
        __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
        uint64_t tsc = (uint64_t)hi << 32 | lo;
        uint64_t own = bi->boot_wall_ns +
                       (uint64_t)((double)(tsc - bi->boot_tsc) * 1e9 /
                                  (double)bi->tsc_hz);
        puts_("wall "), put_u(t.ns, 10, '\n');
        puts_("own "), put_u(own, 10, '\n');
        puts_("tsc_ok "), put_u(t.tsc >= bi->boot_tsc && tsc >= t.tsc, 10, '\n');
    } else if (seq(cmd, "wait")) {
        puts_("ready "), put_u(wait_(num(arg(2)), (uint32_t)num(arg(3))), 16, '\n');
    } else if (seq(cmd, "fpu")) {
        /* SSE doubles always; AVX when CPUID says the OS (we) enabled it. */
        volatile double a = 1.5, b = 2.25;
        put_u((uint64_t)(a * b * 100), 10, ' ');
        uint32_t c1, d;
        __asm__ volatile("cpuid" : "=c"(c1), "=a"(d) : "a"(1), "c"(0) : "ebx", "edx");
        if ((c1 & (1u << 27)) && (c1 & (1u << 28))) {
            float v[8] __attribute__((aligned(32))) = { 1, 2, 3, 4, 5, 6, 7, 8 };
            __asm__ volatile("vmovaps %0, %%ymm0\n vaddps %%ymm0, %%ymm0, %%ymm0\n"
                             "vmovaps %%ymm0, %0" : "+m"(v) :: "xmm0");
            put_u((uint64_t)v[7], 10, '\n');
        } else {
            puts_("noavx\n");
        }
    } else if (seq(cmd, "cpuid")) {
        /* CPUID as ring 0 saw it (the vCPU's table, not the host's). */
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                put_u(cpuid0[i][j], 16, j == 3 ? '\n' : ' ');
    } else if (seq(cmd, "spin")) {
        for (;;)
            __asm__ volatile("pause");
    } else if (seq(cmd, "abort")) {
        static const char msg[] = "bad\x01thing\x7f happened\n";
        static struct plinth_hc_abort a __attribute__((aligned(8)));
        a.msg = (uintptr_t)msg;
        a.len = sizeof msg - 1;
        hc(PLINTH_HC_ABORT, &a);
    } else if (seq(cmd, "poke")) {
        /* Write a byte at an address: page permission checks. */
        *(volatile uint8_t *)(uintptr_t)num(arg(2)) = 1;
        puts_("poked\n");
    } else if (seq(cmd, "peek")) {
        put_u(*(volatile uint8_t *)(uintptr_t)num(arg(2)), 10, '\n');
    } else if (seq(cmd, "hc")) {
        /* Raw hypercall: hc NR GPA. */
        outl((uint16_t)PLINTH_HC_PORT(num(arg(2))), (uint32_t)addr(arg(3)));
    } else if (seq(cmd, "fuzz")) {
        /* fuzz SEED N: N file calls whose fields are drawn mostly from
         * plausible values (paths, handles, the scratch buffer), now and
         * then hostile ones.  The monitor must answer each or stop the
         * partition with 135, never crash. */
        fuzz_seed = num(arg(2)) * 0x9e3779b97f4a7c15ull + 1;
        uint64_t n = num(arg(3)), i;
        for (i = 0; i < n; i++)
            fuzz_call();
        puts_("calls "), put_u(i, 10, '\n');
    } else if (seq(cmd, "fs")) {
        /* Hypercalls with raw argument structs, as 64-bit words:
         * fs NR W0 W1 ... [; NR W0 ...]...  A word is an address (addr) or
         * "h", the handle the last call left in its fourth word (FOPEN's).
         * After each call: "NR: " and the struct's words in hex. */
        static uint64_t w[8] __attribute__((aligned(8)));
        uint64_t h = PLINTH_FILE_NOHANDLE;
        uint32_t i = 2;
        while (i < argc) {
            uint64_t nr = num(argv[i++]);
            uint32_t n = 0;
            for (int k = 0; k < 8; k++)
                w[k] = 0;
            while (i < argc && !seq(argv[i], ";")) {
                if (n < 8)
                    w[n++] = seq(argv[i], "h") ? h : addr(argv[i]);
                i++;
            }
            i++;
            hc((unsigned)nr, w);
            if (nr == PLINTH_HC_FOPEN)
                h = (uint32_t)w[3];
            put_u(nr, 10, ':');
            for (int k = 0; k < 8; k++)
                put_u(w[k], 16, k == 7 ? '\n' : ' ');
        }
    } else if (seq(cmd, "write")) {
        static struct plinth_hc_write w __attribute__((aligned(8)));
        w.stream = (uint32_t)num(arg(2));
        w.buf = num(arg(3));
        w.len = num(arg(4));
        hc(PLINTH_HC_WRITE, &w);
        put_u(w.written, 10, '\n');
    } else if (seq(cmd, "rnd")) {
        static struct plinth_hc_random r __attribute__((aligned(8)));
        r.buf = num(arg(2));
        r.len = num(arg(3));
        hc(PLINTH_HC_RANDOM, &r);
    } else if (seq(cmd, "discard")) {
        static struct plinth_hc_discard d __attribute__((aligned(8)));
        d.gpa = num(arg(2));
        d.len = num(arg(3));
        hc(PLINTH_HC_DISCARD, &d);
        put_u(0, 10, '\n');
    } else if (seq(cmd, "discardcheck")) {
        /* Writes a page of free memory, gives it back, reads it again: a
         * cold partition's memory reads zero after DISCARD. */
        static struct plinth_hc_discard d __attribute__((aligned(8)));
        volatile uint8_t *pg = (volatile uint8_t *)(uintptr_t)num(arg(2));
        for (int k = 0; k < 4096; k++)
            pg[k] = 0xa5;
        d.gpa = (uint64_t)(uintptr_t)pg;
        d.len = 4096;
        hc(PLINTH_HC_DISCARD, &d);
        unsigned nz = 0;
        for (int k = 0; k < 4096; k++)
            nz += pg[k] != 0;
        pg[0] = 1;   /* still usable */
        put_u(nz, 10, ' ');
        put_u(pg[0], 10, '\n');
    } else if (seq(cmd, "abortraw")) {
        static struct plinth_hc_abort a __attribute__((aligned(8)));
        a.msg = num(arg(2));
        a.len = num(arg(3));
        hc(PLINTH_HC_ABORT, &a);
    } else if (seq(cmd, "port")) {
        outl((uint16_t)num(arg(2)), 0x1000);
    } else if (seq(cmd, "outb")) {
        __asm__ volatile("outb %0, %1" ::"a"((uint8_t)0), "Nd"((uint16_t)num(arg(2))));
    } else if (seq(cmd, "inl")) {
        uint32_t v;
        __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"((uint16_t)num(arg(2))));
        (void)v;
    } else if (seq(cmd, "bells")) {
        /* Ring the doorbell N times (the cost of a doorbell, by --stats). */
        for (uint64_t i = num(arg(2)); i > 0; i--)
            ring_flush();
    } else if (seq(cmd, "ringbad-late")) {
        /* Ring often enough for the doorbell to become an ioeventfd, then
         * break the ring: the monitor thread must catch it. */
        for (int i = 0; i < 1000; i++)
            ring_flush();
        struct plinth_ring *r = (struct plinth_ring *)(uintptr_t)
                                    bi->rings[PLINTH_STREAM_STDOUT];
        r->head = r->tail + 65537;
        ring_flush();
        for (;;)
            __asm__ volatile("pause");
    } else if (seq(cmd, "ringbad")) {
        struct plinth_ring *r = (struct plinth_ring *)(uintptr_t)
                                    bi->rings[PLINTH_STREAM_STDOUT];
        r->size = 0xffffffff;   /* the monitor must not believe this */
        r->head = r->tail + 3 * 65536;
        ring_flush();
        wait_(UINT64_MAX, PLINTH_EV_RING_SPACE);
        for (;;)
            __asm__ volatile("pause");
    } else {
        puts_("unknown command\n");
        exit_(99);
    }
    exit_(0);
}

/* ---- ring 0 ------------------------------------------------------------- */

/* Ring 3 reaches the I/O ports through the TSS's I/O permission bitmap
 * (PVM ignores IOPL): a GDT like the monitor's plus a TSS whose bitmap
 * allows every port. */
static uint64_t gdt[8] __attribute__((aligned(16)));
static uint8_t tss[104 + 8192 + 1] __attribute__((aligned(4096)));

static void setup_tss(void)
{
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) gdtr;
    __asm__ volatile("sgdt %0" : "=m"(gdtr));
    const uint64_t *old = (const uint64_t *)(uintptr_t)gdtr.base;
    for (int i = 0; i < 5; i++)
        gdt[i] = old[i];
    uint64_t base = (uintptr_t)tss, limit = sizeof tss - 1;
    tss[102] = 104;   /* I/O bitmap offset; the bitmap is all zeros */
    tss[sizeof tss - 1] = 0xff;
    gdt[5] = (limit & 0xffff) | (base & 0xffffff) << 16 | 0x89ull << 40 |
             ((limit >> 16) & 0xf) << 48 | ((base >> 24) & 0xff) << 56;
    gdt[6] = base >> 32;
    gdtr.limit = sizeof gdt - 1;
    gdtr.base = (uintptr_t)gdt;
    __asm__ volatile("lgdt %0\n ltr %w1" ::"m"(gdtr), "r"(0x28) : "memory");
}

static uint64_t mmio_pd[512] __attribute__((aligned(4096)));

void guest_main0(struct plinth_boot_info *b)
{
    static const uint32_t leaves[3] = { 0, 1, 7 };
    for (int i = 0; i < 3; i++)
        __asm__ volatile("cpuid"
                         : "=a"(cpuid0[i][0]), "=b"(cpuid0[i][1]),
                           "=c"(cpuid0[i][2]), "=d"(cpuid0[i][3])
                         : "a"(leaves[i]), "c"(0));
    cpuid0[1][1] &= 0x00ffffff;   /* the APIC ID: which host CPU ran us */
    bi = b;
    argv = (const char **)(uintptr_t)b->argv;
    argc = b->argc;
    /* Under `plinth run --image`, the JVM's flags come first: the command
     * is the "main class", just after --plinth-cp=. */
    for (uint32_t i = 1; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i], *pre = "--plinth-cp=";
        while (*pre && *a == *pre)
            a++, pre++;
        if (!*pre) {
            argv += i;
            argc -= i;
            break;
        }
    }
    const char *cmd = arg(1);
    if (seq(cmd, "hlt")) {
        __asm__ volatile("hlt");
    } else if (seq(cmd, "triple")) {
        __asm__ volatile("ud2");
    } else if (seq(cmd, "mmio")) {
        /* Map 3 GiB..3 GiB+2 MiB (no memory there) and read it. */
        uint64_t cr3;
        __asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
        uint64_t *pml4 = (uint64_t *)(uintptr_t)(cr3 & ~0xfffull);
        uint64_t *pdpt = (uint64_t *)(uintptr_t)(pml4[0] & 0xffffffffff000ull);
        mmio_pd[0] = 0xc0000000ull | 0x83;
        pdpt[3] = (uintptr_t)mmio_pd | 3;
        __asm__ volatile("invlpg (%0)" ::"r"(0xc0000000ull) : "memory");
        (void)*(volatile uint32_t *)(uintptr_t)0xc0000000ull;
    } else if (seq(cmd, "pt")) {
        /* Print the leaf entry mapping each address given (PS set: a
         * 2 MiB page), walking the monitor's tables from CR3. */
        uint64_t cr3;
        __asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
        static char out[64 * 24];
        char *o = out;
        for (uint32_t i = 2; i < argc; i++) {
            uint64_t va = num(argv[i]), e = cr3;
            const uint64_t mask = 0x000ffffffffff000ull;
            e = ((uint64_t *)(uintptr_t)(e & mask))[(va >> 39) & 511];
            if (e & 1)
                e = ((uint64_t *)(uintptr_t)(e & mask))[(va >> 30) & 511];
            if (e & 1)
                e = ((uint64_t *)(uintptr_t)(e & mask))[(va >> 21) & 511];
            if ((e & 1) && !(e & 0x80))
                e = ((uint64_t *)(uintptr_t)(e & mask))[(va >> 12) & 511];
            o = fmt_u(o, e & ~mask, 16);
            *o++ = '\n';
        }
        write_buf(out, (uint64_t)(o - out));
        exit_(0);
    } else if (seq(cmd, "svrnd")) {
        /* RANDOM into supervisor memory from ring 0: allowed. */
        static struct plinth_hc_random r __attribute__((aligned(8)));
        r.buf = num(arg(2));
        r.len = 8;
        hc(PLINTH_HC_RANDOM, &r);
        exit_(7);
    }
    setup_tss();
    guest_to_user(user_main, stack3 + sizeof stack3 - 8);
}
