/*
 * plinth hypercall ABI: the one contract between the monitor (host) and the
 * thin layer in a partition (guest).  C99, no dependencies, used by both sides.
 *
 * A hypercall is `outl(PLINTH_HC_PORT(nr), gpa)` where gpa is the 32-bit
 * guest-physical address of the call's argument struct (8-byte aligned).
 * Fields are marked IN (guest to monitor) or OUT (monitor to guest).  On the
 * host, guest addresses are plain integers (plinth_gpa_t) so the monitor can
 * never dereference one by accident; every access goes through its checked
 * translation.
 *
 * Streams (console now; files and sockets later) do not use a call per
 * write: they go through shared-memory rings (struct plinth_ring) and a
 * doorbell port that KVM turns into an eventfd, drained by a monitor thread.
 *
 * docs/abi.md says what each call does and why it exists.
 */
#ifndef PLINTH_ABI_H
#define PLINTH_ABI_H

#include <stdint.h>

#define PLINTH_ABI_VERSION 1

typedef uint64_t plinth_gpa_t;

/* ---- guest-physical memory layout -------------------------------------- */

/* Page 0 is never mapped: a null dereference faults. */
#define PLINTH_BOOTINFO_GPA   0x1000ull   /* struct plinth_boot_info, one page */
#define PLINTH_ARGS_GPA       0x2000ull   /* argv/envp arrays and strings */
#define PLINTH_ARGS_SIZE      0xE000ull   /* 56 KiB for arguments and environment */
#define PLINTH_PT_GPA         0x10000ull  /* page tables built by the monitor */
#define PLINTH_PT_SIZE        0x70000ull  /* up to 0x80000 */
#define PLINTH_RINGS_GPA      0x80000ull  /* stream rings, see plinth_boot_info */
#define PLINTH_RINGS_SIZE     0x80000ull  /* up to 1 MiB */
/* Supervisor (ring 0) part of the image: mapped for ring 0 only. */
#define PLINTH_SV_BASE        0x100000ull /* 1 MiB */
#define PLINTH_SV_END         0x200000ull /* 2 MiB */
/* Ring-3 part of the image starts here; everything from the image's end
 * (rounded up to 2 MiB) to the end of memory is listed in the memory map. */
#define PLINTH_USER_BASE      0x200000ull

#define PLINTH_MEM_MIN        (4ull << 20)
#define PLINTH_MEM_MAX        (64ull << 30)

/* ---- hypercall ports ---------------------------------------------------- */

#define PLINTH_HC_PORT_BASE   0x500
#define PLINTH_HC_PORT(nr)    (PLINTH_HC_PORT_BASE + (nr))

enum plinth_hc_nr {
    PLINTH_HC_WRITE    = 0,  /* synchronous write of a buffer to a stream */
    PLINTH_HC_EXIT     = 1,  /* end the partition with an exit code */
    PLINTH_HC_ABORT    = 2,  /* end the partition with a message (faults) */
    PLINTH_HC_WALLTIME = 3,  /* host wall-clock time */
    PLINTH_HC_RANDOM   = 4,  /* random bytes from the host */
    PLINTH_HC_WAIT     = 5,  /* block until an event or a deadline */
    PLINTH_HC_CHECKPOINT = 6, /* save the partition here (docs/snapshot.md) */
    /* Files of exported host directories (docs/files.md). */
    PLINTH_HC_FOPEN    = 7,  /* open a file by path: a handle */
    PLINTH_HC_FCLOSE   = 8,  /* close a handle */
    PLINTH_HC_FREAD    = 9,  /* read a block at an offset */
    PLINTH_HC_FWRITE   = 10, /* write a block at an offset (or append) */
    PLINTH_HC_FSTAT    = 11, /* a path's (or a handle's) kind, size, time */
    PLINTH_HC_FLIST    = 12, /* a directory's names */
    PLINTH_HC_FOP      = 13, /* mkdir, delete, rename, truncate */
    PLINTH_HC_DISCARD  = 14, /* give pages' memory back to the host */
    PLINTH_HC_COUNT
};

/* Writing any value to this port signals the monitor's stream thread
 * (an ioeventfd: no exit to the monitor's vCPU loop). */
#define PLINTH_DOORBELL_PORT  0x5F0

/* ---- argument structs --------------------------------------------------- */

/* Stream numbers, shared by rings and PLINTH_HC_WRITE. */
#define PLINTH_STREAM_STDOUT  1
#define PLINTH_STREAM_STDERR  2

struct plinth_hc_write {
    uint32_t stream;       /* IN: PLINTH_STREAM_* */
    uint32_t _pad;
    plinth_gpa_t buf;      /* IN */
    uint64_t len;          /* IN */
    uint64_t written;      /* OUT: bytes written */
};

struct plinth_hc_exit {
    int32_t code;          /* IN: the process exit status (0..255 used) */
    uint32_t _pad;
};

struct plinth_hc_abort {
    plinth_gpa_t msg;      /* IN: message, not NUL-terminated */
    uint64_t len;          /* IN: at most PLINTH_ABORT_MSG_MAX */
};
#define PLINTH_ABORT_MSG_MAX  4096

struct plinth_hc_walltime {
    uint64_t ns;           /* OUT: CLOCK_REALTIME in ns since the epoch */
    uint64_t tsc;          /* OUT: guest TSC read by the monitor at that time */
};

struct plinth_hc_random {
    plinth_gpa_t buf;      /* IN */
    uint64_t len;          /* IN: at most PLINTH_RANDOM_MAX */
};
#define PLINTH_RANDOM_MAX     65536

/* PLINTH_HC_DISCARD: the guest no longer needs the contents of
 * [gpa, gpa + len) (page-aligned, writable guest memory): the host frees
 * the memory behind it.  The range stays usable; what it reads after is
 * unspecified (zero, or what a snapshot held there), so the guest clears
 * it before it trusts it again. */
struct plinth_hc_discard {
    plinth_gpa_t gpa;      /* IN: page-aligned */
    uint64_t len;          /* IN: a multiple of 4096 */
};

/* Event bits for PLINTH_HC_WAIT. */
#define PLINTH_EV_TIMEOUT     (1u << 0)  /* the deadline passed */
#define PLINTH_EV_RING_SPACE  (1u << 1)  /* an output ring was drained */
#define PLINTH_EV_INPUT       (1u << 2)  /* the input ring has data or ended */

struct plinth_hc_wait {
    uint64_t timeout_ns;   /* IN: relative; UINT64_MAX waits for an event only */
    uint32_t events;       /* IN: PLINTH_EV_* the guest waits for */
    uint32_t ready;        /* OUT: PLINTH_EV_* that happened */
};

/* ---- stream rings ------------------------------------------------------- */

/* Single producer, single consumer.  head and tail count bytes forever
 * (they never wrap back); data index is (count & (size - 1)).  For an
 * output ring the guest produces (writes data, then head with release
 * ordering) and the monitor consumes (reads data, then tail). */
struct plinth_ring {
    volatile uint64_t head;    /* producer's count */
    volatile uint64_t tail;    /* consumer's count */
    uint32_t size;             /* data bytes, a power of two; set by the monitor */
    uint32_t stream;           /* PLINTH_STREAM_* */
    volatile uint32_t waiting; /* producer sets 1 before waiting for space */
    uint32_t _pad;
    uint8_t _reserved[32];
    /* data[size] follows at offset 64 */
};
#define PLINTH_RING_DATA_OFFSET 64

/* ---- boot info ---------------------------------------------------------- */

#define PLINTH_BOOT_MAGIC     0x544E4C50u  /* "PLNT" */

enum plinth_mem_type {
    PLINTH_MEM_FREE     = 1,  /* usable by the guest */
    PLINTH_MEM_IMAGE    = 2,  /* the loaded ELF image */
    PLINTH_MEM_BOOT     = 3,  /* boot info, arguments, page tables */
    PLINTH_MEM_RINGS    = 4,  /* stream rings */
    PLINTH_MEM_CLASSES  = 5,  /* read-only class image (plinth run) */
};

struct plinth_mem_region {
    plinth_gpa_t base;
    uint64_t size;
    uint32_t type;            /* enum plinth_mem_type */
    uint32_t _pad;
};

#define PLINTH_MEM_REGIONS_MAX 16

/* Boot-info flags. */
#define PLINTH_BOOT_STDOUT_TTY (1u << 0)
#define PLINTH_BOOT_STDERR_TTY (1u << 1)

/* At PLINTH_BOOTINFO_GPA; its address is also in %rdi at entry. */
struct plinth_boot_info {
    uint32_t magic;             /* PLINTH_BOOT_MAGIC */
    uint32_t abi_version;       /* PLINTH_ABI_VERSION */
    uint64_t mem_size;          /* bytes of guest-physical memory */
    uint64_t tsc_hz;            /* guest TSC frequency */
    uint64_t boot_wall_ns;      /* CLOCK_REALTIME when the guest was started */
    uint64_t boot_tsc;          /* guest TSC at that moment */
    uint32_t flags;             /* PLINTH_BOOT_* */
    uint32_t nregions;
    struct plinth_mem_region regions[PLINTH_MEM_REGIONS_MAX];
    uint32_t argc;              /* guest arguments (after "--") */
    uint32_t envc;              /* environment entries KEY=VALUE */
    plinth_gpa_t argv;          /* uint64_t[argc + 1], NULL-terminated */
    plinth_gpa_t envp;          /* uint64_t[envc + 1], NULL-terminated */
    plinth_gpa_t rings[4];      /* struct plinth_ring per stream (0 if none):
                                   [PLINTH_STREAM_STDOUT], [PLINTH_STREAM_STDERR] */
    plinth_gpa_t image_end;     /* first byte after the loaded image */
    plinth_gpa_t classes;       /* class image (plinth run), 0 if none */
    uint64_t classes_size;
    /* Appended for plinth run (docs/partition.md). */
    plinth_gpa_t app_classes;   /* the application's class image, 0 if none */
    uint64_t app_classes_size;
    /* Appended for snapshots (docs/snapshot.md): after a restore, the
     * host's CLOCK_REALTIME and the guest TSC at the moment of the
     * restore (the wall clock's new anchor); 0 in a partition never
     * restored. */
    uint64_t restore_wall_ns;
    uint64_t restore_tsc;
    /* Fresh random bytes from the host, written at boot and again at each
     * restore: the guest's first draws of randomness (the JVM's hash
     * seeds, a restored copy's new seeds) need no RANDOM exit. */
    uint8_t entropy[256];
};

/* ---- plinth run additions (docs/partition.md) ---------------------------- */

/* Standard input: rings[PLINTH_STREAM_STDIN] is an input ring (the monitor
 * produces, the guest consumes; 0 if none: input is at its end).  The
 * guest sets `waiting` before it waits (WAIT with PLINTH_EV_INPUT, with or
 * without a timeout) and re-checks after any wake-up; while input may still
 * come, such a WAIT is not a deadlock.  The monitor sets the ring's end-of-stream word, the first of
 * its reserved bytes, once the host's stream has ended and every byte of
 * it is in the ring. */
#define PLINTH_STREAM_STDIN    0
#define PLINTH_RING_EOF(r)     (*(volatile uint32_t *)(void *)&(r)->_reserved[0])
#define PLINTH_BOOT_STDIN_TTY  (1u << 2)

/* ---- snapshots (docs/snapshot.md) ---------------------------------------- */

/* PLINTH_HC_CHECKPOINT: "save me here".  In a partition started to make a
 * snapshot the monitor saves the partition at this call and ends; the
 * saved partition, when restored, returns from the call with result
 * PLINTH_CKPT_RESTORED, with new arguments, environment and wall-clock
 * anchor in boot info.  Anywhere else the call returns PLINTH_CKPT_NONE at
 * once and nothing is saved. */
#define PLINTH_CKPT_NONE      0
#define PLINTH_CKPT_RESTORED  1
struct plinth_hc_checkpoint {
    uint32_t result;       /* OUT: PLINTH_CKPT_* */
    uint32_t _pad;
    plinth_gpa_t warm;     /* OUT, with PLINTH_CKPT_PARK: the warm list */
};
/* In a snapshot run, a checkpoint that cannot be saved (files are open:
 * the monitor's handles are not in a snapshot) returns PLINTH_CKPT_REFUSED
 * and nothing is saved; the monitor has said why on its stderr, and the
 * program runs on and may close its files and call again.  The number of
 * open files is then in the struct's second word. */
#define PLINTH_CKPT_REFUSED   2
#define PLINTH_CKPT_OPEN_FILES(a) ((a)->_pad)
/* A copy prepared ahead of its request (`plinth serve`) first returns
 * PLINTH_CKPT_PARK: the guest reads one byte of each page of the warm list
 * (PLINTH_CKPT_WARM_RUNS(a) runs at a->warm) and writes back the
 * byte it read in those marked PLINTH_WARM_WRITE, so the pages the copy
 * will use are mapped before the request, then calls CHECKPOINT again.
 * That call returns, like any restore, with PLINTH_CKPT_RESTORED once a
 * request has come (boot info then holds its arguments). */
#define PLINTH_CKPT_PARK      3
#define PLINTH_CKPT_WARM_RUNS(a) ((a)->_pad)
struct plinth_warm_run {
    uint64_t gpa;          /* page-aligned; | PLINTH_WARM_WRITE */
    uint64_t pages;
};
#define PLINTH_WARM_WRITE     1ull
/* Boot-info flag: this partition is being run to make a snapshot, so the
 * program should call CHECKPOINT at its chosen point (the JVM: just before
 * main). */
#define PLINTH_BOOT_SNAPSHOT  (1u << 3)
/* With PLINTH_BOOT_SNAPSHOT: the program chooses the point itself (the JVM:
 * plinth.Partition.checkpoint()), so nothing checkpoints at the default. */
#define PLINTH_BOOT_SNAPSHOT_APP (1u << 4)

/* ---- files (docs/files.md) ------------------------------------------------ */

/* Paths are bytes as the program gave them (absolute, or relative to the
 * partition's working directory), not NUL-terminated and NUL-free.  Data
 * moves in blocks: one FREAD/FWRITE exit per block, straight between the
 * host file and guest memory.  Refusals are not ABI breaks: they come back
 * as `error`, a PLINTH_FE_* code, which the guest turns into the
 * exception java would throw. */
#define PLINTH_PATH_MAX       4096          /* bytes of a path */
#define PLINTH_FILE_IO_MAX    (1u << 20)    /* bytes per FREAD/FWRITE */
#define PLINTH_FILE_LIST_MAX  (1u << 20)    /* bytes of names per FLIST */
#define PLINTH_FILE_NOHANDLE  0xFFFFFFFFu   /* FSTAT: by path */

enum plinth_file_err {
    PLINTH_FE_OK = 0,
    PLINTH_FE_NOENT,        /* no such file, or outside every export */
    PLINTH_FE_ACCES,        /* permission denied (and writes to :ro) */
    PLINTH_FE_EXIST,
    PLINTH_FE_NOTDIR,
    PLINTH_FE_ISDIR,
    PLINTH_FE_NOTEMPTY,
    PLINTH_FE_INVAL,        /* bad flags, a NUL in a path, "." as a name */
    PLINTH_FE_NAMETOOLONG,
    PLINTH_FE_LOOP,         /* too many symbolic links */
    PLINTH_FE_NOSPC,
    PLINTH_FE_IO,           /* anything else */
    PLINTH_FE_XDEV,         /* rename across exports */
    PLINTH_FE_MFILE,        /* too many open files */
    PLINTH_FE_BADF,         /* not an open handle, or not open for that */
    PLINTH_FE_NOMEM,        /* a listing larger than PLINTH_FILE_LIST_MAX */
    PLINTH_FE_COUNT
};

/* FOPEN flags. */
#define PLINTH_FO_READ    (1u << 0)
#define PLINTH_FO_WRITE   (1u << 1)
#define PLINTH_FO_APPEND  (1u << 2)   /* every write at the end */
#define PLINTH_FO_CREATE  (1u << 3)
#define PLINTH_FO_TRUNC   (1u << 4)
#define PLINTH_FO_EXCL    (1u << 5)   /* with CREATE: fail if it exists */

struct plinth_hc_fopen {
    plinth_gpa_t path;     /* IN */
    uint64_t path_len;     /* IN: at most PLINTH_PATH_MAX */
    uint32_t flags;        /* IN: PLINTH_FO_* (READ and/or WRITE) */
    int32_t error;         /* OUT: PLINTH_FE_* */
    uint32_t handle;       /* OUT */
    uint32_t _pad;
};

struct plinth_hc_fclose {
    uint32_t handle;       /* IN */
    int32_t error;         /* OUT */
};

/* FREAD and FWRITE. */
struct plinth_hc_fio {
    uint32_t handle;       /* IN */
    int32_t error;         /* OUT */
    uint64_t offset;       /* IN: file offset (ignored by appending writes) */
    plinth_gpa_t buf;      /* IN */
    uint64_t len;          /* IN: at most PLINTH_FILE_IO_MAX */
    uint64_t done;         /* OUT: bytes moved (a read: 0 at the end) */
};

/* FSTAT kinds and access bits. */
#define PLINTH_FK_NONE   0
#define PLINTH_FK_FILE   1
#define PLINTH_FK_DIR    2
#define PLINTH_FK_OTHER  3
#define PLINTH_FA_READ   (1u << 0)
#define PLINTH_FA_WRITE  (1u << 1)
#define PLINTH_FA_EXEC   (1u << 2)

struct plinth_hc_fstat {
    plinth_gpa_t path;     /* IN (ignored with a handle) */
    uint64_t path_len;     /* IN */
    uint32_t handle;       /* IN: PLINTH_FILE_NOHANDLE for by path */
    int32_t error;         /* OUT */
    uint32_t kind;         /* OUT: PLINTH_FK_* (symbolic links followed) */
    uint32_t access;       /* OUT: PLINTH_FA_* for this partition */
    uint64_t size;         /* OUT: bytes */
    int64_t mtime_ns;      /* OUT: last modified, ns since the epoch */
};

/* FLIST: the names of a directory but "." and "..", each followed by a
 * NUL, in the host's order.  If they need more than `len` bytes nothing is
 * written and `needed` says how many (the guest asks again). */
struct plinth_hc_flist {
    plinth_gpa_t path;     /* IN */
    uint64_t path_len;     /* IN */
    plinth_gpa_t buf;      /* IN */
    uint64_t len;          /* IN: at most PLINTH_FILE_LIST_MAX */
    uint64_t needed;       /* OUT: bytes of the whole list */
    int32_t error;         /* OUT */
    uint32_t count;        /* OUT: names written */
};

/* FOP operations. */
#define PLINTH_FOP_MKDIR     1   /* path */
#define PLINTH_FOP_DELETE    2   /* path: a file, a link or an empty directory */
#define PLINTH_FOP_RENAME    3   /* path to path2 (replacing a file there) */
#define PLINTH_FOP_TRUNCATE  4   /* handle's file to `length` bytes */

struct plinth_hc_fop {
    uint32_t op;           /* IN: PLINTH_FOP_* */
    int32_t error;         /* OUT */
    plinth_gpa_t path;     /* IN */
    uint64_t path_len;     /* IN */
    plinth_gpa_t path2;    /* IN: RENAME's target */
    uint64_t path2_len;    /* IN */
    uint32_t handle;       /* IN: TRUNCATE */
    uint32_t _pad;
    uint64_t length;       /* IN: TRUNCATE */
};

#endif /* PLINTH_ABI_H */
