/*
 * mon_snap_file: the snapshot format's checks and checksum (see
 * mon_snap_file.h).  A snapshot file is input like any other: every size,
 * offset and count is checked against the file's real size and against
 * guest memory before anything is read through it, without overflow.
 */
#include "mon_snap_file.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "plinth/abi.h"

_Static_assert(sizeof(struct snap_hdr) <= SNAP_PAGE, "the header fits page 0");
_Static_assert(sizeof(((struct snap_state *)0)->xsave) == 4096,
               "KVM_GET_XSAVE fills 4 KiB");

/* Those the monitor or the thin layer set, and the TSC (last: writing it
 * sets the guest's TSC offset, and nothing after may move it). */
const uint32_t mon_snap_msrs[] = {
    0x174, 0x175, 0x176,        /* SYSENTER_CS/ESP/EIP */
    0x277,                      /* PAT */
    0xc0000081, 0xc0000082,     /* STAR, LSTAR */
    0xc0000083, 0xc0000084,     /* CSTAR, FMASK */
    0xc0000102,                 /* KERNEL_GS_BASE */
    0xc0000103,                 /* TSC_AUX */
    0x10,                       /* TSC */
};
const unsigned mon_snap_nmsrs = sizeof mon_snap_msrs / sizeof mon_snap_msrs[0];

#define K1 0x9e3779b97f4a7c15ull
#define K2 0xc2b2ae3d27d4eb4full
#define K3 0x165667b19e3779f9ull

static uint64_t rotl(uint64_t x, int r)
{
    return (x << r) | (x >> (64 - r));
}

static uint64_t mix(uint64_t acc, uint64_t w)
{
    return rotl(acc + w * K2, 31) * K1;
}

/* Four independent lanes over 32-byte blocks, so the multiplies overlap:
 * several GB/s, which matters because a restore checks every page. */
uint64_t mon_snap_hash(uint64_t h, const void *buf, size_t len)
{
    const uint8_t *p = buf;
    uint64_t a = h + K1, b = h ^ K2, c = h + K3, d = h - K1, w[4];
    size_t n = len;
    for (; n >= 32; p += 32, n -= 32) {
        memcpy(w, p, 32);
        a = mix(a, w[0]);
        b = mix(b, w[1]);
        c = mix(c, w[2]);
        d = mix(d, w[3]);
    }
    uint64_t r = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + len;
    for (; n >= 8; p += 8, n -= 8) {
        memcpy(w, p, 8);
        r = mix(r, w[0]);
    }
    for (; n; p++, n--)
        r = mix(r, *p);
    r ^= r >> 33;
    r *= K2;
    r ^= r >> 29;
    r *= K3;
    return r ^ (r >> 32);
}

static int fail(char *why, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail(char *why, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, n, fmt, ap);
    va_end(ap);
    return -1;
}

#define FAIL(...) return fail(why, whylen, __VA_ARGS__)
#define ULL(x) ((unsigned long long)(x))

static int zeros(const uint8_t *p, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++)
        if (p[i])
            return 0;
    return 1;
}

static int msr_known(uint32_t index)
{
    for (unsigned i = 0; i < mon_snap_nmsrs; i++)
        if (mon_snap_msrs[i] == index)
            return 1;
    return 0;
}

static int check_state(const struct snap_hdr *h, const struct snap_state *s,
                       char *why, size_t whylen)
{
    if (s->have & ~SNAP_HAVE_ALL)
        FAIL("unknown state flags 0x%x", s->have & ~SNAP_HAVE_ALL);
    if (!(s->have & (SNAP_HAVE_XSAVE | SNAP_HAVE_FPU)))
        FAIL("no FPU state");
    if (s->nmsrs > SNAP_MSRS_MAX)
        FAIL("%u MSRs, at most %d", s->nmsrs, SNAP_MSRS_MAX);
    for (uint32_t i = 0; i < s->nmsrs; i++)
        if (!msr_known(s->msrs[i].index))
            FAIL("MSR 0x%x is not one a snapshot carries", s->msrs[i].index);
    if ((s->have & SNAP_HAVE_XCRS) && s->xcrs.nr_xcrs > KVM_MAX_XCRS)
        FAIL("%u XCRs, at most %d", s->xcrs.nr_xcrs, KVM_MAX_XCRS);
    if (s->tsc_hz == 0)
        FAIL("no TSC frequency");
    /* The checkpoint's struct gets the call's result at a restore: it must
     * lie where a hypercall may write. */
    if (s->nro > SNAP_RO_MAX)
        FAIL("%u read-only ranges, at most %d", s->nro, SNAP_RO_MAX);
    uint64_t next = 0;
    for (uint32_t i = 0; i < SNAP_RO_MAX; i++) {
        const struct snap_ro *r = &s->ro[i];
        if (i >= s->nro) {
            if (r->gpa || r->len)
                FAIL("unused read-only range %u is not zero", i);
            continue;
        }
        if (r->len == 0 || r->gpa < next || r->gpa < PLINTH_RINGS_GPA ||
            r->gpa >= h->mem_size || r->len > h->mem_size - r->gpa)
            FAIL("read-only range %u (0x%llx, %llu bytes) is not inside guest "
                 "memory, in order", i, ULL(r->gpa), ULL(r->len));
        next = r->gpa + r->len;
    }
    if ((s->ckpt_gpa & 7) || s->ckpt_gpa < PLINTH_RINGS_GPA ||
        s->ckpt_gpa > h->mem_size - sizeof(struct plinth_hc_checkpoint))
        FAIL("checkpoint call's struct at 0x%llx is not where a hypercall "
             "may write", ULL(s->ckpt_gpa));
    for (uint32_t i = 0; i < s->nro; i++)
        if (s->ckpt_gpa < s->ro[i].gpa + s->ro[i].len &&
            s->ckpt_gpa + sizeof(struct plinth_hc_checkpoint) > s->ro[i].gpa)
            FAIL("checkpoint call's struct at 0x%llx is in read-only memory",
                 ULL(s->ckpt_gpa));
    for (int i = 0; i < SNAP_RINGS; i++)
        if (s->ring_gpa[i] < PLINTH_RINGS_GPA ||
            s->ring_gpa[i] >= PLINTH_RINGS_GPA + PLINTH_RINGS_SIZE)
            FAIL("ring %d at 0x%llx is outside the rings area", i,
                 ULL(s->ring_gpa[i]));
    if (s->stdin_ring && (s->stdin_ring < PLINTH_RINGS_GPA ||
                          s->stdin_ring >= PLINTH_RINGS_GPA + PLINTH_RINGS_SIZE))
        FAIL("input ring at 0x%llx is outside the rings area",
             ULL(s->stdin_ring));
    return 0;
}

int mon_snap_check(const uint8_t *buf, size_t len, uint64_t file_size,
                   struct snap_view *v, char *why, size_t whylen)
{
    struct snap_hdr h;
    if (file_size < sizeof h || len < sizeof h)
        FAIL("truncated: %llu bytes, shorter than a snapshot's header",
             ULL(file_size));
    memcpy(&h, buf, sizeof h);
    if (memcmp(h.magic, SNAP_MAGIC, 8) != 0)
        FAIL("not a plinth snapshot");
    if (h.version != SNAP_VERSION)
        FAIL("snapshot format version %u; this plinth reads version %d "
             "(make the snapshot again)", h.version, SNAP_VERSION);
    if (h.hdr_size != sizeof h)
        FAIL("header of %u bytes, expected %zu", h.hdr_size, sizeof h);
    if (mon_snap_hash(0, &h, offsetof(struct snap_hdr, hdr_hash)) != h.hdr_hash)
        FAIL("the header is damaged (checksum mismatch)");
    if (h.abi_version != PLINTH_ABI_VERSION)
        FAIL("made for partition ABI %u; this plinth has ABI %d",
             h.abi_version, PLINTH_ABI_VERSION);
    if (h.file_size != file_size)
        FAIL("%s: %llu bytes, the header says %llu",
             file_size < h.file_size ? "truncated" : "has extra bytes",
             ULL(file_size), ULL(h.file_size));
    if (h.mem_size < PLINTH_MEM_MIN || h.mem_size > PLINTH_MEM_MAX ||
        (h.mem_size & ((2ull << 20) - 1)))
        FAIL("guest memory of %llu bytes is not a size plinth makes",
             ULL(h.mem_size));
    if (h.nimages < 1 || h.nimages > SNAP_IMAGES_MAX)
        FAIL("%u images, expected 1 to %d", h.nimages, SNAP_IMAGES_MAX);
    for (uint32_t i = 0; i < h.nimages; i++)
        if (!memchr(h.images[i].path, 0, SNAP_PATH_MAX) || !h.images[i].path[0])
            FAIL("image %u has no path", i);
    if (h.data_off % SNAP_PAGE || h.data_off > file_size ||
        h.data_off < SNAP_PAGE)
        FAIL("memory at offset %llu: not a page boundary inside the file",
             ULL(h.data_off));
    if (h.state_size != sizeof(struct snap_state) ||
        h.state_off < sizeof h || h.state_off > h.data_off ||
        h.state_size > h.data_off - h.state_off || h.state_off % 8)
        FAIL("state at %llu (%llu bytes) is not where it should be",
             ULL(h.state_off), ULL(h.state_size));
    /* The run table follows the state; memory starts at the next page. */
    if (h.nruns > SNAP_RUNS_MAX || h.runs_off % 8 ||
        h.runs_off < h.state_off + h.state_size || h.runs_off > h.data_off ||
        h.nruns * sizeof(struct snap_run) > h.data_off - h.runs_off ||
        h.data_off - h.runs_off - h.nruns * sizeof(struct snap_run) >= SNAP_PAGE)
        FAIL("run table at %llu (%llu runs) is not where it should be",
             ULL(h.runs_off), ULL(h.nruns));
    if (h.state_off > SNAP_PAGE || h.runs_off - h.state_off - h.state_size > 8)
        FAIL("state at %llu is not where it should be", ULL(h.state_off));
    if (len < h.data_off)
        return 1;

    /* Padding is zero, so that every byte of the file is checked. */
    uint64_t runs_end = h.runs_off + h.nruns * sizeof(struct snap_run);
    if (!zeros(buf + sizeof h, h.state_off - sizeof h) ||
        !zeros(buf + h.state_off + h.state_size,
               h.runs_off - h.state_off - h.state_size) ||
        !zeros(buf + runs_end, h.data_off - runs_end))
        FAIL("the header's padding is damaged (not zero)");
    const struct snap_state *s = (const void *)(buf + h.state_off);
    const struct snap_run *r = (const void *)(buf + h.runs_off);
    uint64_t sum = mon_snap_hash(0, s, sizeof *s);
    sum = mon_snap_hash(sum, r, h.nruns * sizeof *r);
    if (sum != h.state_hash)
        FAIL("the saved state is damaged (checksum mismatch)");
    if (check_state(&h, s, why, whylen) < 0)
        return -1;
    uint64_t next_gpa = 0, off = h.data_off, pages = h.mem_size / SNAP_PAGE;
    for (uint64_t i = 0; i < h.nruns; i++) {
        if (r[i].gpa % SNAP_PAGE || r[i].gpa < next_gpa ||
            r[i].pages == 0 || r[i].pages > pages ||
            r[i].gpa / SNAP_PAGE > pages - r[i].pages)
            FAIL("memory run %llu (0x%llx, %llu pages) is not inside guest "
                 "memory, in order", ULL(i), ULL(r[i].gpa), ULL(r[i].pages));
        if (r[i].file_off != off || r[i].pages > (file_size - off) / SNAP_PAGE)
            FAIL("memory run %llu is not where the file holds it", ULL(i));
        off += r[i].pages * SNAP_PAGE;
        next_gpa = r[i].gpa + r[i].pages * SNAP_PAGE;
    }
    if (off != file_size)
        FAIL("%llu bytes after the last memory run", ULL(file_size - off));
    v->hdr = (const void *)buf;
    v->state = s;
    v->runs = r;
    return 0;
}
