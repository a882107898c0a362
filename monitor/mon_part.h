/*
 * mon_part: the state of one partition, shared by the monitor's modules
 * (Solo5's "struct hvt"), and the exit codes plinth returns.  One process
 * runs one partition, so there is one struct mon_part, owned by mon_main.
 */
#ifndef MON_PART_H
#define MON_PART_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "plinth/abi.h"

/* Exit codes other than the guest's own (see `plinth --help`). */
#define MON_EXIT_TIMEOUT  124  /* --timeout expired */
#define MON_EXIT_START    125  /* plinth could not start the partition */
#define MON_EXIT_ABORT    134  /* the guest aborted (ABORT hypercall) */
#define MON_EXIT_BROKE    135  /* the guest broke the ABI or the machine */

/* A handler's "keep running" status; exit codes are all >= 0. */
#define MON_CONTINUE      (-1)
/* A copy prepared ahead stopped at its park point (mon_snap_park). */
#define MON_PARKED        (-2)

struct mon_opts {
    const char *image;
    uint64_t mem_size;
    uint64_t timeout_ns;        /* 0: none */
    const char *kvm_device;
    const char **env;           /* KEY=VALUE, nenv of them */
    int nenv;
    const char **args;          /* guest args after "--" */
    int nargs;
    int stats;
};

struct mon_mem {
    uint8_t *base;              /* host mapping of guest-physical 0 */
    uint64_t size;
    int fd;                     /* the memfd */
};

struct kvm_run;
struct mon_kvm {
    int sys, vm, vcpu;          /* /dev/kvm, VM and vCPU fds */
    struct kvm_run *run;
    size_t run_size;
    int xsave, avx, fsgsbase;   /* from the CPUID that KVM supports */
    uint64_t xcr0_supported;
};

/* One PT_LOAD segment as loaded. */
struct mon_seg {
    uint64_t gpa, memsz;
    uint32_t flags;             /* PF_R / PF_W / PF_X */
};
#define MON_SEGS_MAX 16

struct mon_image {
    uint64_t entry;
    uint64_t lo, end;           /* lowest byte and first byte after the image */
    int nsegs;
    struct mon_seg segs[MON_SEGS_MAX];   /* sorted by gpa */
};

/* An output stream ring; the monitor keeps its own copy of size and tail
 * because the guest can scribble over the shared header at any time. */
struct mon_ring_out {
    struct plinth_ring *hdr;
    uint8_t *data;
    uint32_t size;
    uint64_t tail;
    int stream, fd;
};
#define MON_RINGS 2

/* Why the monitor thread asked the vCPU to stop. */
enum mon_stop { MON_STOP_NONE, MON_STOP_TIMEOUT, MON_STOP_RING };

struct mon_stats {
    uint64_t exits, hc[PLINTH_HC_COUNT], doorbell_exits, intr, other;
    uint64_t t_start, t_kvm, t_mem, t_load, t_vcpu, t_setup, t_run, t_stats;
    uint64_t t_request, t_first_out;   /* plinth serve's --stats */
    uint64_t pages_before_run;
    uint64_t discarded;         /* bytes the guest gave back (DISCARD) */
};

struct mon_part {
    const struct mon_opts *opts;
    struct mon_kvm kvm;
    struct mon_mem mem;
    struct mon_image img;
    uint64_t free_base;         /* first byte of FREE memory */

    /* streams and the monitor thread (mon_ring) */
    pthread_mutex_t ring_lock;
    struct mon_ring_out rings[MON_RINGS];
    int doorbell_fd;            /* ioeventfd: the guest rang (-1 until the
                                   monitor thread starts) */
    int space_fd;               /* a waited-on ring was drained */
    int thread_started;
    pthread_t thread, vcpu_thread;
    atomic_int stop;            /* enum mon_stop */
    char stop_msg[160];

    struct mon_stats stats;
    int parking;                /* the next CHECKPOINT call parks the copy */
    int busy_fd, busy_tell;     /* plinth serve: after the guest's first exit,
                                   one byte to busy_fd says the copy is at work */
};

/* Prints "plinth: <fmt>\n" on stderr. */
void mon_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* CLOCK_MONOTONIC in ns. */
uint64_t mon_now(void);

#endif
