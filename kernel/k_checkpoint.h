/*
 * k_checkpoint.h: snapshots from inside (docs/snapshot.md).  The program
 * chooses the point at which it is saved; every copy restored from the
 * snapshot goes on from that call with its own arguments, environment,
 * clock and randomness.
 */
#ifndef K_CHECKPOINT_H
#define K_CHECKPOINT_H

#include <stdbool.h>

/* The monitor runs this partition to make a snapshot at the program's
 * default point (boot info's PLINTH_BOOT_SNAPSHOT without
 * PLINTH_BOOT_SNAPSHOT_APP): the program should call k_checkpoint there
 * (the JVM: just before main).  With PLINTH_BOOT_SNAPSHOT_APP the program
 * itself chooses (plinth.Partition.checkpoint()). */
bool k_checkpoint_wanted(void);

/* Asks the monitor to save the partition here.  Returns 0 at once if the
 * partition is not being snapshotted (nothing is saved); 2
 * (PLINTH_CKPT_REFUSED) if the monitor refused to save it because files are
 * open (k_checkpoint_refused_files says how many; the run goes on); in a
 * snapshot run the partition ends in the call, and each restored copy
 * returns 1 from it, after the layer has taken the restore's clock anchor, dropped its
 * cached random bytes, re-read which streams are terminals and pointed
 * libc's environ at the new environment.  k_checkpoint_args gives the new
 * arguments. */
int k_checkpoint(void);

/* After a refused k_checkpoint: how many files were open (0 otherwise). */
int k_checkpoint_refused_files(void);

/* The arguments and environment the monitor passed last (at boot, or at
 * the latest restore): NULL-terminated vectors; argv[0] is the image. */
char **k_checkpoint_args(int *argc, char ***envp);

/* How many restores this partition's memory has been through (a copy
 * can be snapshotted again, and that snapshot restored in turn). */
int k_checkpoint_restored(void);

#endif
