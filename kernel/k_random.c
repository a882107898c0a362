/*
 * k_random.c: host randomness (see k_random.h).
 */
#include <string.h>
#include "k_random.h"
#include "k_boot.h"
#include "k_hc.h"

static unsigned char k_random_pool[sizeof k_boot->entropy];
static size_t k_random_left;   /* bytes not yet handed out, at the front */

void k_random_fill(void *buf, size_t len)
{
    unsigned char *p = buf;
    if (len <= k_random_left) {
        k_random_left -= len;
        memcpy(p, k_random_pool + k_random_left, len);
        memset(k_random_pool + k_random_left, 0, len);
        return;
    }
    while (len) {
        size_t n = len < PLINTH_RANDOM_MAX ? len : PLINTH_RANDOM_MAX;
        k_hc_random(p, n);
        p += n;
        len -= n;
    }
}

static int k_random_has_rdrand(void)
{
    uint32_t a = 1, b, c = 0, d;
    __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
    return (c >> 30) & 1;
}

/* RDRAND may fail transiently (carry clear); Intel suggests 10 tries. */
static int k_random_rdrand(uint64_t *v)
{
    for (int i = 0; i < 10; i++) {
        unsigned char ok;
        __asm__ volatile("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok) :: "cc");
        if (ok)
            return 1;
    }
    return 0;
}

void k_random_fill_cpu(void *buf, size_t len)
{
    unsigned char *p = buf;
    uint64_t v;
    if (!k_random_has_rdrand()) {
        k_random_fill(buf, len);
        return;
    }
    while (len) {
        if (!k_random_rdrand(&v)) {
            k_random_fill(p, len);
            return;
        }
        size_t n = len < sizeof v ? len : sizeof v;
        memcpy(p, &v, n);
        p += n;
        len -= n;
    }
}

uint64_t k_random_u64(void)
{
    if (k_random_left < sizeof(uint64_t)) {
        k_random_fill(k_random_pool, sizeof k_random_pool);
        k_random_left = sizeof k_random_pool;
    }
    uint64_t v;
    k_random_fill(&v, sizeof v);
    return v;
}

void k_random_renew(void)
{
    memcpy(k_random_pool, k_boot->entropy, sizeof k_random_pool);
    k_random_left = sizeof k_random_pool;
}
