/*
 * k_checkpoint.c: the CHECKPOINT hypercall and what a restored copy must
 * renew (see k_checkpoint.h).  Everything the monitor changes at a
 * restore is in boot info; what the layer derived from boot info at start
 * (clock scale and anchor, terminal flags) or fetched from the host
 * (random bytes) is redone here, once, right after the call returns.
 */
#include <stdint.h>
#include "k_checkpoint.h"
#include "k_boot.h"
#include "k_clock.h"
#include "k_console.h"
#include "k_hc.h"
#include "k_mem.h"
#include "k_random.h"

extern char **__environ;

static int k_checkpoint_count;
static int k_checkpoint_files;   /* open files the last refusal named */

bool k_checkpoint_wanted(void)
{
    return (k_boot->flags & (PLINTH_BOOT_SNAPSHOT | PLINTH_BOOT_SNAPSHOT_APP)) ==
           PLINTH_BOOT_SNAPSHOT;
}

/* A vector of n guest-physical string pointers, as C pointers (memory is
 * identity mapped); NULL-terminated. */
static char **k_checkpoint_vec(plinth_gpa_t gpa, uint32_t n)
{
    char **v = k_mem_alloc(((size_t)n + 1) * sizeof *v);
    if (!v)
        return NULL;
    const uint64_t *src = (const uint64_t *)(uintptr_t)gpa;
    for (uint32_t i = 0; i < n; i++)
        v[i] = (char *)(uintptr_t)src[i];
    v[n] = NULL;
    return v;
}

char **k_checkpoint_args(int *argc, char ***envp)
{
    uint32_t n = k_boot->argv ? k_boot->argc : 0;
    if (envp)
        *envp = k_checkpoint_vec(k_boot->envp, k_boot->envp ? k_boot->envc : 0);
    if (argc)
        *argc = (int)n;
    return k_checkpoint_vec(k_boot->argv, n);
}

int k_checkpoint_restored(void)
{
    return k_checkpoint_count;
}

/* A copy prepared ahead of its request maps the pages the monitor expects
 * it to use now, while nobody waits: each first touch of a page in a new
 * VM costs a trip to the host (shadow paging).  A write stores back the
 * byte just read, so no page changes; the monitor lists for writing only
 * pages the guest may write, and nothing else runs. */
static void k_checkpoint_warm(plinth_gpa_t list, uint32_t n)
{
    const struct plinth_warm_run *w = (const struct plinth_warm_run *)(uintptr_t)list;
    for (uint32_t i = 0; i < n; i++) {
        volatile uint8_t *pg = (volatile uint8_t *)(uintptr_t)(w[i].gpa & ~4095ull);
        int wr = (w[i].gpa & PLINTH_WARM_WRITE) != 0;
        for (uint64_t k = 0; k < w[i].pages; k++, pg += 4096) {
            uint8_t b = *pg;
            if (wr)
                *pg = b;
        }
    }
}

int k_checkpoint(void)
{
    static struct plinth_hc_checkpoint a;
    /* The monitor drains the rings too; flushing first keeps the doorbell
     * bookkeeping (what was rung) true in the saved copy. */
    k_console_flush_all();
    a.result = PLINTH_CKPT_NONE;
    PLINTH_CKPT_OPEN_FILES(&a) = 0;
    k_hc(PLINTH_HC_CHECKPOINT, &a);
    while (a.result == PLINTH_CKPT_PARK) {
        k_checkpoint_warm(a.warm, PLINTH_CKPT_WARM_RUNS(&a));
        a.result = PLINTH_CKPT_NONE;
        k_hc(PLINTH_HC_CHECKPOINT, &a);
    }
    k_checkpoint_files = 0;
    if (a.result == PLINTH_CKPT_REFUSED) {
        k_checkpoint_files = (int)PLINTH_CKPT_OPEN_FILES(&a);
        return PLINTH_CKPT_REFUSED;
    }
    if (a.result != PLINTH_CKPT_RESTORED)
        return 0;
    k_checkpoint_count++;
    k_clock_restored();
    k_random_renew();
    k_console_init();
    char **env = k_checkpoint_vec(k_boot->envp, k_boot->envp ? k_boot->envc : 0);
    if (env)
        __environ = env;
    return 1;
}

int k_checkpoint_refused_files(void)
{
    return k_checkpoint_files;
}
