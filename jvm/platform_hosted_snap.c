/*
 * platform_hosted_snap.c: plat_checkpoint in the hosted JVM, which is not
 * a partition: nothing can be saved or restored.  (The guard keeps this
 * file out of the partition image until jvm/partition.mk leaves out
 * platform_hosted*.c.)
 */
#if !__has_include("k_checkpoint.h")
#include "platform.h"

int plat_checkpoint(bool take, int *argc, char ***argv)
{
    (void)take, (void)argc, (void)argv;
    return -1;
}
#endif
