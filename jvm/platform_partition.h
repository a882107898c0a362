/*
 * platform_partition.h: the partition platform's set-up calls, used only
 * by the partition's start-up (jvm/partition/main_partition.c).
 */
#ifndef JVM_PLATFORM_PARTITION_H
#define JVM_PLATFORM_PARTITION_H

/* Finds the class images and the input ring in the boot info; `cp` is the
 * class path as the user gave it (java.class.path), envp the environment
 * the monitor passed. */
void plat_partition_init(const char *cp, char **envp);

/* In a partition run to make a snapshot (docs/snapshot.md), saves it
 * here; returns 1 in each restored copy, with the restore's arguments
 * (argv[0] the image, then the program's) and environment, else 0 at
 * once. */
int plat_partition_checkpoint(int *argc, char ***argv, char ***envp);

/* Classes found so far and their bytes (start-up statistics). */
void plat_partition_class_stats(unsigned *found, size_t *bytes);

#endif
