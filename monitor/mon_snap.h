/*
 * mon_snap: snapshots (docs/snapshot.md).  A partition run with a
 * snapshot file to write is saved at the guest's CHECKPOINT call: vCPU
 * state, the monitor's state of the partition and the guest pages that
 * hold data.  A restore maps those pages privately (copy-on-write, so
 * partitions restored from one file share every page they do not write),
 * restores the vCPU and continues the guest from its CHECKPOINT call with
 * new arguments, environment and clock.
 */
#ifndef MON_SNAP_H
#define MON_SNAP_H

#include "mon_part.h"
#include "mon_snap_file.h"

/* This process's partition is run to make a snapshot into path: the
 * guest's first CHECKPOINT saves it there and plinth exits 0.  app_point:
 * the program chooses the point (boot info's PLINTH_BOOT_SNAPSHOT_APP). */
void mon_snap_save_to(const char *path, int app_point);

/* The CHECKPOINT hypercall (mon_hc's table); arg is its struct, copied
 * in.  Returns MON_CONTINUE or plinth's exit code. */
int mon_snap_hc_checkpoint(struct mon_part *p, void *arg);

/* Called by mon_vcpu_run before the guest first runs (tells a guest run
 * for a snapshot so in boot info) and with the run's exit code when it
 * stops (a snapshot run that ended without a CHECKPOINT is an error). */
int mon_snap_begin(struct mon_part *p);
int mon_snap_end(struct mon_part *p, int rc);

/* `plinth boot --from FILE`: restores the snapshot and runs it with o's
 * arguments, environment, timeout and KVM device (o->image, if set, is
 * the image the snapshot must have been made from; else the one it
 * names).  With stdin set, the restored partition gets an input ring fed
 * from plinth's standard input (plinth run's).  Returns plinth's exit
 * code. */
int mon_snap_restore(const struct mon_opts *o, const char *file, int stdin);

/* A restore in two steps, for copies prepared ahead (mon_snap_serve):
 * prepare reads and checks the file, maps memory, makes the VM and vCPU
 * and sets the saved state (-1 after a message); go gives the copy its
 * arguments, environment, input, clock and timeout from o and runs it
 * (tsc_again: set the saved TSC again, after a wait); plinth's exit code. */
struct mon_snap_copy {
    struct mon_part part;
    struct mon_opts opts;
    struct snap_view view;
    uint8_t *meta;
    int parked;             /* mon_snap_park ran it to its park point */
    uint64_t tsc_hz;        /* its guest TSC rate, asked for while parked */
    uint64_t args_used;     /* bytes of the args area the snapshot's take */
    int64_t tsc_offset;     /* guest TSC - host TSC, or INT64_MIN */
};
int mon_snap_prepare(struct mon_snap_copy *c, const struct mon_opts *o,
                     const char *file);
int mon_snap_go(struct mon_snap_copy *c, const struct mon_opts *o, int stdin,
                int tsc_again);
/* Between the two, for a copy that waits: runs the guest to its park point
 * (PLINTH_CKPT_PARK), where it maps the pages it will use (the saved pages,
 * and those set in the bitmap extra, may be NULL) before it is needed.
 * -1 after a message if the copy did not park. */
int mon_snap_park(struct mon_snap_copy *c, const uint8_t *extra);

/* mon_snap_cli.c: `plinth snapshot -o FILE [run options] MAIN [ARGS]`:
 * plinth run, saved at the JVM's checkpoint (just before main, or at
 * Partition.checkpoint()). */
int mon_snap_main(int argc, char **argv);
/* `plinth run --from FILE [options] [ARGS]`, with argv[0] "run";
 * mon_snap_run_from_given says whether run's options name --from. */
int mon_snap_run_from_given(int argc, char **argv);
int mon_snap_run_from(int argc, char **argv);
/* `plinth serve --from FILE --socket PATH ...` and `plinth call SOCKET
 * [--env K=V].. [-- ARGS]` (mon_snap_serve.c). */
int mon_snap_serve_main(int argc, char **argv);
int mon_snap_call_main(int argc, char **argv);

#endif
