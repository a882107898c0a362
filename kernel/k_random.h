/*
 * k_random.h: random bytes from the host: first from a small pool that
 * boot info fills at boot and at each restore, then one RANDOM hypercall
 * per 64 KiB asked for.  Each byte is handed out once.
 */
#ifndef K_RANDOM_H
#define K_RANDOM_H

#include <stddef.h>
#include <stdint.h>

void k_random_fill(void *buf, size_t len);
/* The CPU's RDRAND where it has one (no exit: for start-up's few bytes,
 * musl's AT_RANDOM), else k_random_fill. */
void k_random_fill_cpu(void *buf, size_t len);
uint64_t k_random_u64(void);
/* Refills the pool from boot info's entropy: at start, and after a
 * snapshot restore, where the pool's old bytes are every copy's and must
 * not be handed out. */
void k_random_renew(void);

#endif
