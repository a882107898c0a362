/*
 * k_random.h: random bytes from the host (one RANDOM hypercall per 64 KiB
 * asked for; k_random_u64 draws from a small cached pool).
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
/* Drops the cached pool: after a snapshot restore its bytes are every
 * copy's, so none may be handed out. */
void k_random_forget(void);

#endif
