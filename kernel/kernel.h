/*
 * kernel.h: everything a guest program built on the thin layer may call.
 * A program defines plinth_main (k_boot.h) and links with the layer
 * (kernel/build.mk); the C library (musl) is there too.
 */
#ifndef KERNEL_H
#define KERNEL_H

#include "k_boot.h"
#include "k_checkpoint.h"
#include "k_clock.h"
#include "k_console.h"
#include "k_hc.h"
#include "k_mem.h"
#include "k_random.h"
#include "k_wait.h"

#endif
