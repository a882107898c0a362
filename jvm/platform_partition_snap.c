/*
 * platform_partition_snap.c: plat_checkpoint in a partition, on the thin
 * layer's k_checkpoint.  A restored copy's environment and standard input
 * are its own, so the platform's view of them is renewed.
 */
#include "platform.h"
#include "platform_partition.h"

#include "k_checkpoint.h"

int plat_checkpoint(bool take, int *argc, char ***argv)
{
    if (take) {
        if (k_checkpoint() != 1)
            return 0;
        char **envp;
        *argv = k_checkpoint_args(argc, &envp);
        plat_partition_init(plat_class_path(), envp);
        return 1;
    }
    if (!k_checkpoint_restored())
        return 0;
    *argv = k_checkpoint_args(argc, NULL);
    return 1;
}
