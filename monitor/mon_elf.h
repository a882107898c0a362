/*
 * mon_elf: loads a static ELF64 x86-64 image into guest memory at its link
 * addresses, after checking every header, segment and the entry point.
 */
#ifndef MON_ELF_H
#define MON_ELF_H

#include "mon_part.h"

/* Prints "plinth: IMAGE: <problem>" and returns -1 if the image is refused. */
int mon_elf_load(const char *path, const struct mon_mem *m,
                 struct mon_image *img);

#endif
