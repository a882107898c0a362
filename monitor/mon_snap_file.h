/*
 * mon_snap_file: the snapshot file's format (docs/snapshot.md), its
 * checksum, and the loader's checks.  Nothing here touches KVM or guest
 * memory, so the checks can be fuzzed on their own
 * (tests/fuzz/fuzz_snapshot.c).
 *
 * Layout: the header (page 0), the partition's state (vCPU and monitor)
 * and the table of memory runs, then from data_off (page aligned) the
 * runs' pages, back to back, so a restore maps each run straight from the
 * file.  Pages of guest memory in no run are zero.
 */
#ifndef MON_SNAP_FILE_H
#define MON_SNAP_FILE_H

#include <linux/kvm.h>
#include <stddef.h>
#include <stdint.h>

#define SNAP_MAGIC       "PLNTSNAP"
#define SNAP_VERSION     2
#define SNAP_PAGE        4096ull
#define SNAP_IMAGES_MAX  2
#define SNAP_PATH_MAX    1024
#define SNAP_MSRS_MAX    32
#define SNAP_RINGS       2
/* Runs are merged across gaps of zero pages up to this long: fewer
 * mappings at restore for a few zero pages in the file. */
#define SNAP_GAP_PAGES   16
#define SNAP_RUNS_MAX    (1u << 20)
/* Read-only ranges a snapshot carries: an image's non-writable PT_LOADs
 * and the class images (mon_part's MON_SEGS_MAX). */
#define SNAP_RO_MAX      16

/* A file the partition was built from: the ELF image, the class library
 * image.  A restore accepts the file if it is the same file unchanged
 * (device, inode, size, mtime and ctime agree: any write changes ctime)
 * or, failing that, if its bytes hash the same. */
struct snap_image {
    char path[SNAP_PATH_MAX];       /* NUL-terminated */
    uint64_t size, dev, ino, mtime_ns, ctime_ns;
    uint64_t hash;
};

struct snap_hdr {
    char magic[8];                  /* SNAP_MAGIC, no NUL */
    uint32_t version;               /* SNAP_VERSION */
    uint32_t abi_version;           /* PLINTH_ABI_VERSION */
    uint32_t hdr_size;              /* sizeof(struct snap_hdr) */
    uint32_t nimages;
    uint64_t file_size;             /* the whole file: finds truncation */
    uint64_t mem_size;              /* guest memory */
    uint64_t state_off, state_size; /* struct snap_state */
    uint64_t runs_off, nruns;       /* struct snap_run[nruns] */
    uint64_t data_off;              /* first run's first page */
    uint64_t state_hash;            /* over the state and the run table */
    uint64_t data_hash;             /* over every run's bytes, in order */
    struct snap_image images[SNAP_IMAGES_MAX];
    uint64_t hdr_hash;              /* over everything above */
};

/* Guest pages [gpa, gpa + pages * 4096) are the file's bytes at file_off. */
struct snap_run {
    uint64_t gpa, pages, file_off;
};

/* Guest memory [gpa, gpa + len) that hypercalls never write (docs/abi.md):
 * a restored partition keeps the rule its cold boot had. */
struct snap_ro {
    uint64_t gpa, len;
};

#define SNAP_HAVE_XSAVE     (1u << 0)
#define SNAP_HAVE_FPU       (1u << 1)
#define SNAP_HAVE_XCRS      (1u << 2)
#define SNAP_HAVE_EVENTS    (1u << 3)
#define SNAP_HAVE_DEBUGREGS (1u << 4)
#define SNAP_HAVE_ALL       0x1fu

/* The partition at its checkpoint: the vCPU, and what the monitor keeps
 * of the partition outside guest memory. */
struct snap_state {
    struct kvm_regs regs;
    struct kvm_sregs sregs;
    uint32_t xsave[1024];           /* struct kvm_xsave's region */
    struct kvm_fpu fpu;
    struct kvm_xcrs xcrs;
    struct kvm_vcpu_events events;
    struct kvm_debugregs debugregs;
    uint32_t have;                  /* SNAP_HAVE_* */
    uint32_t nmsrs;
    struct kvm_msr_entry msrs[SNAP_MSRS_MAX];
    uint64_t tsc_hz;                /* the guest TSC's rate when saved */
    /* monitor */
    uint64_t ring_gpa[SNAP_RINGS];  /* stdout's and stderr's rings */
    uint64_t ring_tail[SNAP_RINGS]; /* bytes the monitor had taken */
    uint64_t ckpt_gpa;              /* the CHECKPOINT call's struct */
    uint64_t stdin_ring;            /* the input ring, 0 if none */
    uint32_t boot_flags;            /* boot info's flags when saved */
    uint32_t nro;                   /* ro[] in use; the rest is zero */
    struct snap_ro ro[SNAP_RO_MAX]; /* sorted, disjoint, in guest memory */
};

/* What the loader found, with pointers into the caller's buffer. */
struct snap_view {
    const struct snap_hdr *hdr;
    const struct snap_state *state;
    const struct snap_run *runs;
};

/* The MSRs a snapshot carries (others are refused in a file). */
extern const uint32_t mon_snap_msrs[];
extern const unsigned mon_snap_nmsrs;

/* A 64-bit checksum of buf, continuing from h (start with 0).  It finds
 * damage, not tampering: whoever can write the file can fix the sums. */
uint64_t mon_snap_hash(uint64_t h, const void *buf, size_t len);

/* Checks the first len bytes of a snapshot file of file_size bytes (len
 * is at least min(file_size, sizeof(struct snap_hdr)); the caller then
 * reads up to hdr->data_off and calls again).  Returns 0 and fills v if
 * every header, state and run-table field is sound and its checksums
 * agree; 1 if the header is sound but more bytes are needed (len <
 * data_off); -1 with a reason in why otherwise.  The memory's checksum is
 * not checked here: the caller hashes the runs as it maps them. */
int mon_snap_check(const uint8_t *buf, size_t len, uint64_t file_size,
                   struct snap_view *v, char *why, size_t whylen);

#endif
