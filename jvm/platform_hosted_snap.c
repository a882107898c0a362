/*
 * platform_hosted_snap.c: plat_checkpoint in the hosted JVM, which is not
 * a partition: nothing can be saved or restored.
 */
#include "platform.h"

int plat_checkpoint(bool take, int *argc, char ***argv)
{
    (void)take, (void)argc, (void)argv;
    return -1;
}
