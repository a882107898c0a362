/*
 * mon_snap: saving a partition at its CHECKPOINT call and restoring it
 * (docs/snapshot.md; the file format and its checks are mon_snap_file's).
 *
 * Saving happens inside the CHECKPOINT hypercall, so the guest is stopped
 * at a point it chose: no half-made system state, every ring drained.
 * KVM's rule for saving after an I/O exit is followed (re-enter once with
 * immediate_exit so the OUT instruction completes); only then is the vCPU
 * read.  Only guest pages that hold data are written: the memfd's
 * allocated extents (SEEK_DATA), the class library image mapped over it,
 * less the pages that are all zero.
 *
 * A restore maps those pages from the file MAP_PRIVATE over an anonymous,
 * unreserved mapping of guest memory: the page cache holds one copy of a
 * snapshot however many partitions run from it, and a partition's writes
 * go to its own copies.  The guest's CHECKPOINT call then returns
 * PLINTH_CKPT_RESTORED, with new arguments, environment and wall-clock
 * anchor in boot info; the guest TSC is restored, so monotonic time goes
 * on where it stopped.
 */
#include "mon_snap.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "mon_files.h"
#include "mon_hc.h"
#include "mon_input.h"
#include "mon_kvm.h"
#include "mon_mem.h"
#include "mon_ring.h"
#include "mon_snap_file.h"
#include "mon_snap_warm.h"
#include "mon_vcpu.h"

#define PAGE SNAP_PAGE
#define ULL(x) ((unsigned long long)(x))

static const char *save_path;   /* NULL: not a snapshot run */
static const struct snap_view *restored;   /* the snapshot this copy runs */
static int saved;
static int refused;             /* the checkpoint was refused: said why */
static int at_app_point;        /* the program chooses the point */

void mon_snap_save_to(const char *path, int app_point)
{
    save_path = path;
    at_app_point = app_point;
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
    return (v + a - 1) & ~(a - 1);
}

static uint64_t wall_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- images ---------------------------------------------------------- */

static uint64_t ts_ns(struct timespec t)
{
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

/* Hashes a whole file (mapped: the image is usually in the page cache). */
static int hash_file(int fd, uint64_t size, uint64_t *h)
{
    if (size == 0) {
        *h = mon_snap_hash(0, "", 0);
        return 0;
    }
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED)
        return -1;
    *h = mon_snap_hash(0, m, size);
    munmap(m, size);
    return 0;
}

/* Fills im from the file at path: identity, and its hash when full. */
static int image_id(const char *path, struct snap_image *im, int full)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) < 0) {
        mon_err("%s: %s", path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    memset(im, 0, sizeof *im);
    if (strlen(path) >= SNAP_PATH_MAX) {
        mon_err("%s: path too long for a snapshot", path);
        close(fd);
        return -1;
    }
    strcpy(im->path, path);
    im->size = (uint64_t)st.st_size;
    im->dev = (uint64_t)st.st_dev;
    im->ino = (uint64_t)st.st_ino;
    im->mtime_ns = ts_ns(st.st_mtim);
    im->ctime_ns = ts_ns(st.st_ctim);
    int rc = full ? hash_file(fd, im->size, &im->hash) : 0;
    if (rc < 0)
        mon_err("%s: cannot read: %s", path, strerror(errno));
    close(fd);
    return rc;
}

/* The image now at `path` is the one the snapshot recorded as `was`. */
static int image_same(const char *path, const struct snap_image *was,
                      const char *file)
{
    struct snap_image now;
    if (image_id(path, &now, 0) < 0)
        return -1;
    if (now.size == was->size && now.dev == was->dev && now.ino == was->ino &&
        now.mtime_ns == was->mtime_ns && now.ctime_ns == was->ctime_ns)
        return 0;   /* the same file, untouched since */
    if (now.size == was->size && image_id(path, &now, 1) == 0 &&
        now.hash == was->hash)
        return 0;   /* another file, same bytes */
    mon_err("%s: made from another image: %s has changed since the snapshot "
            "was made (make the snapshot again)", file, path);
    return -1;
}

/* The class library image a `plinth run` partition was built from. */
static const char *classlib_path(const char *elf, char *buf, size_t n)
{
    const char *e = getenv("PLINTH_CLASSLIB_IMAGE");
    if (e && *e)
        return e;
    const char *slash = strrchr(elf, '/');
    int dir = slash ? (int)(slash - elf) : 1;
    snprintf(buf, n, "%.*s/classlib.img", dir, slash ? elf : ".");
    return access(buf, R_OK) == 0 ? buf : NULL;
}

/* ---- saving ---------------------------------------------------------- */

static int page_zero(const uint8_t *pg)
{
    const uint64_t *w = (const void *)pg;
    for (size_t i = 0; i < PAGE / 8; i += 4)
        if (w[i] | w[i + 1] | w[i + 2] | w[i + 3])
            return 0;
    return 1;
}

#define BIT_SET(m, i) ((m)[(i) >> 3] |= (uint8_t)(1u << ((i) & 7)))
#define BIT_GET(m, i) (((m)[(i) >> 3] >> ((i) & 7)) & 1)

static void mark(uint8_t *map, uint64_t npages, uint64_t lo, uint64_t hi)
{
    for (uint64_t pg = lo / PAGE; pg < npages && pg * PAGE < hi; pg++)
        BIT_SET(map, pg);
}

/* The runs of guest pages that hold data, merged across short zero gaps.
 * Returns the count (runs in *out, malloc'd) or -1. */
static int64_t find_runs(struct mon_part *p, struct snap_run **out)
{
    uint64_t npages = p->mem.size / PAGE;
    uint8_t *map = calloc(npages / 8 + 1, 1);
    if (!map)
        return -1;
    /* The memfd's allocated extents: everything the monitor or guest wrote
     * (a read of a hole allocates nothing worth keeping: zeros). */
    off_t at = 0;
    while (p->mem.fd >= 0 && (uint64_t)at < p->mem.size) {
        off_t d = lseek(p->mem.fd, at, SEEK_DATA);
        if (d < 0)
            break;   /* ENXIO: no more data */
        off_t h = lseek(p->mem.fd, d, SEEK_HOLE);
        if (h < 0)
            h = (off_t)p->mem.size;
        mark(map, npages, (uint64_t)d & ~(PAGE - 1), (uint64_t)h);
        at = h;
    }
    /* A restored copy: the snapshot's runs, and whatever the copy has
     * touched since (anonymous memory is resident only once touched). */
    for (uint64_t i = 0; restored && i < restored->hdr->nruns; i++)
        mark(map, npages, restored->runs[i].gpa,
             restored->runs[i].gpa + restored->runs[i].pages * PAGE);
    unsigned char *vec = p->mem.fd < 0 ? malloc(npages) : NULL;
    if (p->mem.fd < 0 && (!vec || mincore(p->mem.base, p->mem.size, vec) < 0)) {
        mark(map, npages, 0, p->mem.size);   /* look at every page */
    } else {
        for (uint64_t pg = 0; vec && pg < npages; pg++)
            if (vec[pg] & 1)
                BIT_SET(map, pg);
    }
    free(vec);
    /* Class images mapped from files over the memfd (plinth run). */
    const struct plinth_boot_info *bi =
        mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, sizeof *bi);
    if (bi->classes && mon_gpa(&p->mem, bi->classes, bi->classes_size))
        mark(map, npages, bi->classes & ~(PAGE - 1),
             bi->classes + bi->classes_size);

    size_t cap = 64, n = 0;
    struct snap_run *runs = malloc(cap * sizeof *runs);
    uint64_t last = 0;   /* page after the current run's last data page */
    for (uint64_t pg = 0; runs && pg < npages; pg++) {
        if (!BIT_GET(map, pg) || page_zero(p->mem.base + pg * PAGE))
            continue;
        if (n && pg - last <= SNAP_GAP_PAGES) {
            runs[n - 1].pages = pg + 1 - runs[n - 1].gpa / PAGE;
        } else {
            if (n == cap) {
                struct snap_run *r = realloc(runs, 2 * cap * sizeof *runs);
                if (!r) {
                    free(runs);
                    runs = NULL;
                    break;
                }
                runs = r, cap *= 2;
            }
            runs[n++] = (struct snap_run){ pg * PAGE, 1, 0 };
        }
        last = pg + 1;
    }
    free(map);
    if (!runs || n > SNAP_RUNS_MAX) {
        free(runs);
        return -1;
    }
    *out = runs;
    return (int64_t)n;
}

static int get_state(struct mon_part *p, struct snap_state *s)
{
    struct mon_kvm *k = &p->kvm;
    if (ioctl(k->vcpu, KVM_GET_REGS, &s->regs) < 0 ||
        ioctl(k->vcpu, KVM_GET_SREGS, &s->sregs) < 0)
        return -1;
    if (ioctl(k->sys, KVM_CHECK_EXTENSION, KVM_CAP_XSAVE) > 0 &&
        ioctl(k->vcpu, KVM_GET_XSAVE, s->xsave) == 0)
        s->have |= SNAP_HAVE_XSAVE;
    else if (ioctl(k->vcpu, KVM_GET_FPU, &s->fpu) == 0)
        s->have |= SNAP_HAVE_FPU;
    else
        return -1;
    if (k->xsave && ioctl(k->vcpu, KVM_GET_XCRS, &s->xcrs) == 0)
        s->have |= SNAP_HAVE_XCRS;
    if (ioctl(k->sys, KVM_CHECK_EXTENSION, KVM_CAP_VCPU_EVENTS) > 0 &&
        ioctl(k->vcpu, KVM_GET_VCPU_EVENTS, &s->events) == 0)
        s->have |= SNAP_HAVE_EVENTS;
    if (ioctl(k->sys, KVM_CHECK_EXTENSION, KVM_CAP_DEBUGREGS) > 0 &&
        ioctl(k->vcpu, KVM_GET_DEBUGREGS, &s->debugregs) == 0)
        s->have |= SNAP_HAVE_DEBUGREGS;
    /* One at a time: KVM stops a batch at the first MSR it lacks. */
    for (unsigned i = 0; i < mon_snap_nmsrs; i++) {
        struct {
            struct kvm_msrs hdr;
            struct kvm_msr_entry e;
        } m = { .hdr.nmsrs = 1, .e.index = mon_snap_msrs[i] };
        if (ioctl(k->vcpu, KVM_GET_MSRS, &m) == 1)
            s->msrs[s->nmsrs++] = m.e;
    }
    s->tsc_hz = mon_kvm_tsc_hz(k);
    return s->tsc_hz ? 0 : -1;
}

static int write_all(int fd, const void *buf, uint64_t len, uint64_t off)
{
    const uint8_t *b = buf;
    while (len) {
        ssize_t w = pwrite(fd, b, len > (1u << 30) ? (1u << 30) : len,
                           (off_t)off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        b += w, len -= (uint64_t)w, off += (uint64_t)w;
    }
    return 0;
}

_Static_assert(SNAP_RO_MAX >= MON_SEGS_MAX, "a snapshot holds every segment");

/* The read-only ranges (mon_hc_check_range's rule), sorted by address:
 * the image's segments are, but the class images are appended to them. */
static void save_ro(const struct mon_part *p, struct snap_state *s)
{
    for (int i = 0; i < p->img.nsegs; i++) {
        const struct mon_seg *g = &p->img.segs[i];
        if ((g->flags & PF_W) || g->memsz == 0)
            continue;
        uint32_t j = s->nro++;
        while (j > 0 && s->ro[j - 1].gpa > g->gpa) {
            s->ro[j] = s->ro[j - 1];
            j--;
        }
        s->ro[j] = (struct snap_ro){ g->gpa, g->memsz };
    }
}

/* Back into the partition, so a restored copy enforces the rule too. */
static void restore_ro(struct mon_part *p, const struct snap_state *s)
{
    p->img.nsegs = (int)s->nro;
    for (uint32_t i = 0; i < s->nro; i++)
        p->img.segs[i] = (struct mon_seg){ s->ro[i].gpa, s->ro[i].len, PF_R };
}

/* Writes the snapshot to a temporary name and renames it into place, so
 * a snapshot under the given name is always whole. */
static int save(struct mon_part *p, uint32_t ckpt_gpa)
{
    uint64_t t0 = mon_now();
    static struct snap_hdr h;
    static struct snap_state s;
    struct snap_run *runs = NULL;
    char tmp[PATH_MAX];
    memset(&h, 0, sizeof h);
    memset(&s, 0, sizeof s);

    if (get_state(p, &s) < 0) {
        mon_err("snapshot: cannot read the vCPU's state: %s", strerror(errno));
        return -1;
    }
    const struct plinth_boot_info *bi =
        mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, sizeof *bi);
    for (int i = 0; i < SNAP_RINGS && i < MON_RINGS; i++) {
        s.ring_gpa[i] = (uint64_t)((uint8_t *)p->rings[i].hdr - p->mem.base);
        s.ring_tail[i] = p->rings[i].tail;
    }
    s.ckpt_gpa = ckpt_gpa;
    s.stdin_ring = bi->rings[PLINTH_STREAM_STDIN];
    s.boot_flags = bi->flags;
    save_ro(p, &s);

    char libbuf[PATH_MAX];
    const char *lib = bi->classes ? classlib_path(p->opts->image, libbuf,
                                                  sizeof libbuf) : NULL;
    if (image_id(p->opts->image, &h.images[0], 1) < 0 ||
        (lib && image_id(lib, &h.images[1], 1) < 0))
        return -1;
    h.nimages = lib ? 2 : 1;

    int64_t nruns = find_runs(p, &runs);
    if (nruns < 0) {
        mon_err("snapshot: out of memory");
        return -1;
    }
    memcpy(h.magic, SNAP_MAGIC, 8);
    h.version = SNAP_VERSION;
    h.abi_version = PLINTH_ABI_VERSION;
    h.hdr_size = sizeof h;
    h.mem_size = p->mem.size;
    h.state_off = PAGE;
    h.state_size = sizeof s;
    h.runs_off = align_up(h.state_off + sizeof s, 8);
    h.nruns = (uint64_t)nruns;
    h.data_off = align_up(h.runs_off + (uint64_t)nruns * sizeof *runs, PAGE);
    uint64_t off = h.data_off, pages = 0;
    for (int64_t i = 0; i < nruns; i++) {
        runs[i].file_off = off;
        off += runs[i].pages * PAGE;
        pages += runs[i].pages;
    }
    h.file_size = off;
    h.state_hash = mon_snap_hash(mon_snap_hash(0, &s, sizeof s), runs,
                                 (size_t)nruns * sizeof *runs);

    snprintf(tmp, sizeof tmp, "%s.tmp%d", save_path, (int)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        mon_err("%s: %s", save_path, strerror(errno));
        free(runs);
        return -1;
    }
    uint64_t sum = 0;
    int rc = 0;
    for (int64_t i = 0; i < nruns && rc == 0; i++) {
        const uint8_t *src = p->mem.base + runs[i].gpa;
        uint64_t len = runs[i].pages * PAGE;
        sum = mon_snap_hash(sum, src, len);
        rc = write_all(fd, src, len, runs[i].file_off);
    }
    h.data_hash = sum;
    h.hdr_hash = mon_snap_hash(0, &h, offsetof(struct snap_hdr, hdr_hash));
    if (rc == 0)
        rc = write_all(fd, &s, sizeof s, h.state_off);
    if (rc == 0)
        rc = write_all(fd, runs, (uint64_t)nruns * sizeof *runs, h.runs_off);
    if (rc == 0)
        rc = write_all(fd, &h, sizeof h, 0);
    /* A file that ends in zero pages of the table's padding is short
     * without this. */
    if (rc == 0 && ftruncate(fd, (off_t)h.file_size) < 0)
        rc = -1;
    if (close(fd) < 0)
        rc = -1;
    if (rc == 0 && rename(tmp, save_path) < 0)
        rc = -1;
    if (rc < 0) {
        mon_err("%s: cannot write the snapshot: %s", save_path, strerror(errno));
        unlink(tmp);
        free(runs);
        return -1;
    }
    if (p->opts->stats)
        fprintf(stderr, "plinth: stats: snapshot: %llu pages of data in %lld "
                "runs, %llu bytes, written in %.0f us\n", ULL(pages),
                (long long)nruns, ULL(h.file_size),
                (double)(mon_now() - t0) / 1000.0);
    free(runs);
    return 0;
}

int mon_snap_hc_checkpoint(struct mon_part *p, void *arg)
{
    struct plinth_hc_checkpoint *a = arg;
    if (p->parking) {
        p->parking = 0;
        return MON_PARKED;
    }
    if (!save_path || saved) {
        a->result = PLINTH_CKPT_NONE;
        return MON_CONTINUE;
    }
    /* The call's struct address: the OUT's data, still in kvm_run (mon_vcpu
     * checked where it lies).  Its result is written at each restore. */
    struct kvm_run *run = p->kvm.run;
    uint32_t gpa;
    memcpy(&gpa, (const uint8_t *)run + run->io.data_offset, 4);
    if (mon_ring_drain(p, MON_RING_ALL) < 0)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: %s",
                             p->stop_msg);
    /* Open files live in the monitor's handle table, which a snapshot does
     * not hold: a copy's handles would name nothing.  Refused, not saved;
     * the program learns it and may close them and call again. */
    int nfiles = mon_files_open_count();
    if (nfiles > 0) {
        mon_err("snapshot: %d file%s open in the partition", nfiles,
                nfiles == 1 ? " is" : "s are");
        refused = 1;
        a->result = PLINTH_CKPT_REFUSED;
        PLINTH_CKPT_OPEN_FILES(a) = (uint32_t)nfiles;
        return MON_CONTINUE;
    }
    /* Finish the OUT (KVM's rule before reading state after an I/O exit):
     * re-enter with immediate_exit, which returns before any guest code. */
    run->immediate_exit = 1;
    int r = ioctl(p->kvm.vcpu, KVM_RUN, 0);
    int e = errno;
    run->immediate_exit = 0;
    if (r == 0 || e != EINTR)
        return mon_vcpu_fail(p, MON_EXIT_BROKE, "snapshot: cannot complete "
                             "the CHECKPOINT call: %s",
                             r == 0 ? "the guest ran on" : strerror(e));
    if (save(p, gpa) < 0)
        return MON_EXIT_START;
    saved = 1;
    return 0;
}

int mon_snap_begin(struct mon_part *p)
{
    if (!save_path)
        return 0;
    struct plinth_boot_info *bi =
        mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, sizeof *bi);
    bi->flags |= PLINTH_BOOT_SNAPSHOT |
                 (at_app_point ? PLINTH_BOOT_SNAPSHOT_APP : 0);
    return 0;
}

int mon_snap_end(struct mon_part *p, int rc)
{
    (void)p;
    if (!save_path || saved)
        return rc;
    if (refused) {
        mon_err("snapshot: no snapshot written: the program ended (exit %d) "
                "before a checkpoint", rc);
        return MON_EXIT_START;
    }
    mon_err("snapshot: the partition stopped (exit %d) before it called "
            "CHECKPOINT: no snapshot written", rc);
    return MON_EXIT_START;
}

/* ---- restoring ------------------------------------------------------- */

static int set_state(struct mon_part *p, const struct snap_state *s)
{
    struct mon_kvm *k = &p->kvm;
    const char *what = NULL;
    if (ioctl(k->vcpu, KVM_SET_SREGS, &s->sregs) < 0)
        what = "special registers";
    else if ((s->have & SNAP_HAVE_XCRS) &&
             ioctl(k->vcpu, KVM_SET_XCRS, &s->xcrs) < 0)
        what = "XCRs";
    else if ((s->have & SNAP_HAVE_XSAVE) &&
             ioctl(k->vcpu, KVM_SET_XSAVE, s->xsave) < 0)
        what = "XSAVE state";
    else if (!(s->have & SNAP_HAVE_XSAVE) &&
             ioctl(k->vcpu, KVM_SET_FPU, &s->fpu) < 0)
        what = "FPU state";
    else if (ioctl(k->vcpu, KVM_SET_REGS, &s->regs) < 0)
        what = "registers";
    else if ((s->have & SNAP_HAVE_EVENTS) &&
             ioctl(k->vcpu, KVM_SET_VCPU_EVENTS, &s->events) < 0)
        what = "pending events";
    else if ((s->have & SNAP_HAVE_DEBUGREGS) &&
             ioctl(k->vcpu, KVM_SET_DEBUGREGS, &s->debugregs) < 0)
        what = "debug registers";
    if (what) {
        mon_err("snapshot: KVM refused the saved %s: %s", what, strerror(errno));
        return -1;
    }
    for (uint32_t i = 0; i < s->nmsrs; i++) {
        struct {
            struct kvm_msrs hdr;
            struct kvm_msr_entry e;
        } m = { .hdr.nmsrs = 1, .e = s->msrs[i] };
        if (ioctl(k->vcpu, KVM_SET_MSRS, &m) != 1) {
            mon_err("snapshot: KVM refused the saved MSR 0x%x", s->msrs[i].index);
            return -1;
        }
    }
    return 0;
}

/* Bytes argv and envp (arrays and strings) take in the args area. */
static uint64_t args_size(const char *argv0, const struct mon_opts *o)
{
    uint64_t need = (1 + (uint64_t)o->nargs + 1 + (uint64_t)o->nenv + 1) * 8;
    need += strlen(argv0) + 1;
    for (int i = 0; i < o->nargs; i++)
        need += strlen(o->args[i]) + 1;
    for (int i = 0; i < o->nenv; i++)
        need += strlen(o->env[i]) + 1;
    return need;
}

/* How much of the args area the snapshot's own arguments take. */
static uint64_t args_used(const uint8_t *area)
{
    uint64_t used = PLINTH_ARGS_SIZE;
    while (used > 0 && area[used - 1] == 0)
        used--;
    return align_up(used + 1, 8);   /* keep the last string's NUL */
}

/* The restored guest's new argv (argv0, then o's args) and environment,
 * laid out as at boot (docs/abi.md) but after what the args area already
 * holds: the program may keep pointers into its boot arguments (the JVM
 * keeps its class path and -D values), and those must stay valid.
 * Returns -1 if they do not fit. */
static int put_args(struct mon_snap_copy *c, struct plinth_boot_info *bi,
                    const char *argv0, const struct mon_opts *o)
{
    uint64_t argc = 1 + (uint64_t)o->nargs, envc = (uint64_t)o->nenv;
    uint8_t *area = mon_gpa(&c->part.mem, PLINTH_ARGS_GPA, PLINTH_ARGS_SIZE);
    uint64_t used = c->parked ? c->args_used : args_used(area);
    if (used > PLINTH_ARGS_SIZE || args_size(argv0, o) > PLINTH_ARGS_SIZE - used) {
        mon_err("arguments: the copy's arguments and environment take %llu "
                "bytes; the args area has %llu left after the snapshot's",
                ULL(args_size(argv0, o)),
                ULL(used > PLINTH_ARGS_SIZE ? 0 : PLINTH_ARGS_SIZE - used));
        return -1;
    }
    area += used;
    uint64_t *vec = (uint64_t *)area;
    uint64_t at = (argc + 1 + envc + 1) * 8, k = 0;
    for (int i = -1; i < o->nargs + o->nenv; i++) {
        const char *s = i < 0 ? argv0
                        : i < o->nargs ? o->args[i] : o->env[i - o->nargs];
        size_t len = strlen(s) + 1;
        memcpy(area + at, s, len);
        vec[k++] = PLINTH_ARGS_GPA + used + at;
        at += len;
        if (i == o->nargs - 1)
            vec[k++] = 0;
    }
    vec[k] = 0;
    bi->argc = (uint32_t)argc;
    bi->envc = (uint32_t)envc;
    bi->argv = PLINTH_ARGS_GPA + used;
    bi->envp = PLINTH_ARGS_GPA + used + (argc + 1) * 8;
    return 0;
}

/* The restored copy's standard input: mon_input's ring, emptied of what
 * the snapshot run's input left in it (the copy reads its own stdin). */
static plinth_gpa_t restore_input(struct mon_part *p)
{
    plinth_gpa_t gpa = mon_input_setup(p);
    struct plinth_ring *r = gpa ? mon_gpa(&p->mem, gpa, sizeof *r) : NULL;
    if (r) {
        r->head = r->tail = 0;
        r->waiting = 0;
        PLINTH_RING_EOF(r) = 0;
    }
    return gpa;
}

/* Reads and checks the file's header, state and run table. */
static uint8_t *load_meta(int fd, const char *file, uint64_t size,
                          struct snap_view *v)
{
    char why[256];
    size_t len = sizeof(struct snap_hdr);
    if (size < len)
        len = (size_t)size;
    for (int pass = 0; pass < 2; pass++) {
        uint8_t *buf = malloc(len ? len : 1);
        if (!buf) {
            mon_err("%s: out of memory", file);
            return NULL;
        }
        if (pread(fd, buf, len, 0) != (ssize_t)len) {
            mon_err("%s: cannot read: %s", file, strerror(errno));
            free(buf);
            return NULL;
        }
        int rc = mon_snap_check(buf, len, size, v, why, sizeof why);
        if (rc == 0)
            return buf;
        if (rc < 0 || pass == 1) {
            mon_err("%s: %s", file, rc < 0 ? why : "cannot read the state");
            free(buf);
            return NULL;
        }
        struct snap_hdr h;
        memcpy(&h, buf, sizeof h);
        len = (size_t)h.data_off;
        free(buf);
    }
    return NULL;
}

/* Guest memory: zero everywhere, the runs mapped privately from the file;
 * their checksum is verified on the way. */
static int map_memory(struct mon_part *p, int fd, const char *file,
                      const struct snap_view *v)
{
    const struct snap_hdr *h = v->hdr;
    void *base = mmap(NULL, h->mem_size, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) {
        mon_err("%s: cannot map %llu bytes of guest memory: %s", file,
                ULL(h->mem_size), strerror(errno));
        return -1;
    }
    p->mem.base = base;
    p->mem.size = h->mem_size;
    p->mem.fd = -1;
    uint64_t sum = 0;
    for (uint64_t i = 0; i < h->nruns; i++) {
        const struct snap_run *r = &v->runs[i];
        uint8_t *at = p->mem.base + r->gpa;
        if (mmap(at, r->pages * PAGE, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_FIXED, fd, (off_t)r->file_off) == MAP_FAILED) {
            mon_err("%s: cannot map guest memory from the file: %s", file,
                    strerror(errno));
            return -1;
        }
        sum = mon_snap_hash(sum, at, r->pages * PAGE);
    }
    if (sum != h->data_hash) {
        mon_err("%s: the saved memory is damaged (checksum mismatch)", file);
        return -1;
    }
    return 0;
}

int mon_snap_prepare(struct mon_snap_copy *c, const struct mon_opts *o,
                     const char *file)
{
    struct mon_part *p = &c->part;
    struct stat st;
    uint64_t t0 = mon_now();

    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) < 0) {
        mon_err("%s: %s", file, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        mon_err("%s: not a snapshot file", file);
        return -1;
    }
    c->meta = load_meta(fd, file, (uint64_t)st.st_size, &c->view);
    if (!c->meta)
        return -1;
    const struct snap_hdr *h = c->view.hdr;
    const struct snap_state *s = c->view.state;

    /* The image: the one named (then it must be the snapshot's first), or
     * the one the snapshot names; then the class library, if any. */
    const char *argv0 = o->image ? o->image : h->images[0].path;
    if (image_same(argv0, &h->images[0], file) < 0 ||
        (h->nimages > 1 && image_same(h->images[1].path, &h->images[1], file) < 0))
        return -1;
    restored = &c->view;
    c->opts = *o;
    c->opts.image = argv0;
    c->opts.mem_size = h->mem_size;
    p->opts = &c->opts;
    p->stats.t_start = t0;
    p->stats.t_mem = mon_now();
    if (map_memory(p, fd, file, &c->view) < 0)
        return -1;
    close(fd);
    p->stats.t_load = mon_now();
    if (mon_kvm_open(&p->kvm, o->kvm_device) < 0 ||
        mon_mem_attach(&p->mem, p->kvm.vm) < 0)
        return -1;
    p->stats.t_kvm = mon_now();
    if (mon_kvm_vcpu(&p->kvm) < 0)
        return -1;
    p->stats.t_vcpu = mon_now();
    if (set_state(p, s) < 0 || mon_ring_setup(p) < 0)
        return -1;
    restore_ro(p, s);
    for (int i = 0; i < MON_RINGS; i++) {
        uint64_t gpa = (uint64_t)((uint8_t *)p->rings[i].hdr - p->mem.base);
        if (i >= SNAP_RINGS || gpa != s->ring_gpa[i]) {
            mon_err("%s: made by a plinth whose rings lie elsewhere (make the "
                    "snapshot again)", file);
            return -1;
        }
        p->rings[i].tail = s->ring_tail[i];
    }
    return 0;
}

/* The saved TSC again: a copy prepared ahead (plinth serve) must not
 * count the time it waited as guest time. */
static int reset_tsc(struct mon_part *p, const struct snap_state *s)
{
    for (uint32_t i = 0; i < s->nmsrs; i++) {
        if (s->msrs[i].index != 0x10)
            continue;
        struct {
            struct kvm_msrs hdr;
            struct kvm_msr_entry e;
        } m = { .hdr.nmsrs = 1, .e = s->msrs[i] };
        if (ioctl(p->kvm.vcpu, KVM_SET_MSRS, &m) != 1) {
            mon_err("snapshot: KVM refused the saved TSC");
            return -1;
        }
    }
    return 0;
}

/* The copy's own random bytes, in boot info (the guest's pool after a
 * restore). */
static int fresh_entropy(struct mon_part *p)
{
    struct plinth_boot_info *bi = mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, sizeof *bi);
    if (mon_hc_entropy(bi->entropy, sizeof bi->entropy) < 0) {
        mon_err("getrandom: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int mon_snap_park(struct mon_snap_copy *c, const uint8_t *extra)
{
    struct mon_part *p = &c->part;
    const struct snap_state *s = c->view.state;
    struct plinth_hc_checkpoint *ck = mon_gpa(&p->mem, s->ckpt_gpa, sizeof *ck);
    uint8_t *area = mon_gpa(&p->mem, PLINTH_ARGS_GPA, PLINTH_ARGS_SIZE);
    uint8_t *boot = mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, PAGE);
    /* The request's own pages (boot info, the args area) get written by
     * this process at the request: take them now, so that write is not
     * a copy-on-write fault that also unmaps them from the guest. */
    boot[0] = boot[0];
    for (uint64_t at = 0; at < PLINTH_ARGS_SIZE; at += PAGE)
        area[at] = area[at];
    /* The list goes where the copy's arguments will, after the
     * snapshot's, and is cleared once used. */
    uint64_t used = c->args_used = args_used(area);
    struct plinth_warm_run *list = (struct plinth_warm_run *)(area + used);
    uint32_t max = (uint32_t)((PLINTH_ARGS_SIZE - used) / sizeof *list);
    uint32_t n = mon_snap_warm_list(p, &c->view, s->sregs.cr3, extra, list, max);
    ck->result = PLINTH_CKPT_PARK;
    ck->warm = PLINTH_ARGS_GPA + used;
    PLINTH_CKPT_WARM_RUNS(ck) = n;
    p->parking = 1;
    p->vcpu_thread = pthread_self();
    int rc = mon_vcpu_run(p);
    memset(list, 0, n * sizeof *list);
    if (rc != MON_PARKED) {
        if (rc != MON_EXIT_BROKE && rc != MON_EXIT_TIMEOUT)
            mon_err("serve: the copy ended (exit %d) before it was ready", rc);
        return -1;
    }
    /* What the request's setup would ask the kernel for, asked now: the
     * TSC rate and offset, the copy's own random bytes. */
    if (fresh_entropy(p) < 0)
        return -1;
    c->tsc_hz = mon_kvm_tsc_hz(&p->kvm);
    c->tsc_offset = mon_kvm_tsc_offset(&p->kvm);
    signal(SIGPIPE, SIG_IGN);
    c->parked = 1;
    return 0;
}

int mon_snap_go(struct mon_snap_copy *c, const struct mon_opts *o, int stdin,
                int tsc_again)
{
    struct mon_part *p = &c->part;
    const struct snap_state *s = c->view.state;
    const char *argv0 = c->opts.image;
    c->opts.args = o->args;
    c->opts.nargs = o->nargs;
    c->opts.env = o->env;
    c->opts.nenv = o->nenv;
    c->opts.timeout_ns = o->timeout_ns;
    c->opts.stats = o->stats;
    if (args_size(argv0, o) > PLINTH_ARGS_SIZE) {
        mon_err("arguments: the guest's arguments and environment take %llu "
                "bytes; the args area holds %llu", ULL(args_size(argv0, o)),
                ULL(PLINTH_ARGS_SIZE));
        return MON_EXIT_START;
    }
    if (tsc_again && !c->parked && reset_tsc(p, s) < 0)
        return MON_EXIT_START;
    uint64_t hz = c->parked ? c->tsc_hz : mon_kvm_tsc_hz(&p->kvm);
    struct plinth_boot_info *bi = mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, sizeof *bi);
    if (put_args(c, bi, argv0, o) < 0)
        return MON_EXIT_START;
    bi->flags = (bi->flags & ~(PLINTH_BOOT_STDOUT_TTY | PLINTH_BOOT_STDERR_TTY |
                               PLINTH_BOOT_STDIN_TTY | PLINTH_BOOT_SNAPSHOT |
                               PLINTH_BOOT_SNAPSHOT_APP)) |
                (isatty(1) ? PLINTH_BOOT_STDOUT_TTY : 0) |
                (isatty(2) ? PLINTH_BOOT_STDERR_TTY : 0);
    bi->rings[PLINTH_STREAM_STDIN] = stdin ? restore_input(p) : 0;
    if (stdin && isatty(0))
        bi->flags |= PLINTH_BOOT_STDIN_TTY;
    bi->tsc_hz = hz ? hz : s->tsc_hz;
    if (!c->parked && fresh_entropy(p) < 0)
        return MON_EXIT_START;
    struct plinth_hc_checkpoint *ck = mon_gpa(&p->mem, s->ckpt_gpa, sizeof *ck);
    ck->result = PLINTH_CKPT_RESTORED;

    signal(SIGPIPE, SIG_IGN);
    p->vcpu_thread = pthread_self();
    if (o->timeout_ns && mon_vcpu_deadline(p, o->timeout_ns) < 0)
        return MON_EXIT_START;
    if (stdin && mon_input_start(p) < 0)
        return MON_EXIT_START;
    /* Last, so the wall clock's anchor is as close to entry as can be. */
    bi->restore_tsc = c->parked && c->tsc_offset != INT64_MIN
                      ? __builtin_ia32_rdtsc() + (uint64_t)c->tsc_offset
                      : mon_kvm_guest_tsc(&p->kvm);
    bi->restore_wall_ns = wall_ns();
    p->stats.t_setup = mon_now();
    int rc = mon_vcpu_run(p);
    p->stats.t_run = mon_now();
    if (o->stats) {
        struct mon_stats *t = &p->stats;
#define US(a, b) ((double)(t->b - t->a) / 1000.0)
        fprintf(stderr, "plinth: stats: exits %llu; pages touched %llu\n",
                ULL(t->exits), ULL(mon_mem_resident(&p->mem)));
        fprintf(stderr, "plinth: stats: restore us: check %.0f, map+verify "
                "%.0f, KVM open+VM+slot %.0f, vCPU+CPUID %.0f, state %.0f, "
                "run %.0f, total %.0f\n", US(t_start, t_mem), US(t_mem, t_load),
                US(t_load, t_kvm), US(t_kvm, t_vcpu), US(t_vcpu, t_setup),
                US(t_setup, t_run), US(t_start, t_run));
#undef US
    }
    return rc;
}

int mon_snap_restore(const struct mon_opts *o, const char *file, int stdin)
{
    static struct mon_snap_copy c;
    if (mon_snap_prepare(&c, o, file) < 0)
        return MON_EXIT_START;
    return mon_snap_go(&c, o, stdin, 0);
}
