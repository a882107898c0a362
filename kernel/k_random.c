/*
 * k_random.c: host randomness (see k_random.h).
 */
#include <string.h>
#include "k_random.h"
#include "k_hc.h"

static uint64_t k_random_pool[32];
static unsigned k_random_left;

void k_random_fill(void *buf, size_t len)
{
    unsigned char *p = buf;
    while (len) {
        size_t n = len < PLINTH_RANDOM_MAX ? len : PLINTH_RANDOM_MAX;
        k_hc_random(p, n);
        p += n;
        len -= n;
    }
}

uint64_t k_random_u64(void)
{
    if (!k_random_left) {
        k_random_fill(k_random_pool, sizeof k_random_pool);
        k_random_left = sizeof k_random_pool / sizeof k_random_pool[0];
    }
    uint64_t v = k_random_pool[--k_random_left];
    k_random_pool[k_random_left] = 0;   /* a value is handed out once */
    return v;
}

void k_random_forget(void)
{
    memset(k_random_pool, 0, sizeof k_random_pool);
    k_random_left = 0;
}
