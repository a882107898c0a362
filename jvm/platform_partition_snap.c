/*
 * platform_partition_snap.c: plat_checkpoint in a partition, on the thin
 * layer's k_checkpoint.  A restored copy's environment and standard input
 * are its own, so the platform's view of them is renewed.
 */
#include "platform.h"
#include "platform_partition.h"

#include "k_checkpoint.h"
#include <plinth/abi.h>

int plat_checkpoint(bool take, int *argc, char ***argv)
{
    if (take) {
        int rc = k_checkpoint();
        if (rc == PLINTH_CKPT_REFUSED) {
            *argc = k_checkpoint_refused_files();
            return -2;
        }
        if (rc != 1)
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
