/*
 * snapguest: the snapshot suite's guest (tests/suites/snapshot).  It
 * prints, makes its state (memory patterns, clock readings, cached random
 * bytes), calls k_checkpoint, and after a restore prints what the restored
 * copy sees: the checkpoint's result, its new arguments and environment,
 * its clocks and random bytes, and whether its memory is what was saved.
 *
 * Boot arguments: MB (memory to fill with a pattern before the
 * checkpoint, in pieces with gaps), then what to do after a restore:
 * "exit" (exit with the code given as the restored copy's first
 * argument), "wait" (print "idle" and block in WAIT until killed),
 * "again" (checkpoint once more, so the restored copy can itself be
 * snapshotted, and check memory after that second restore).  A third
 * argument "ro" then asks RANDOM to write into the guest's own code: the
 * monitor must stop it (exit 135), restored or not.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kernel.h"
#include "k_hc.h"

static uint64_t pattern(uint64_t i)
{
    return i * 0x9e3779b97f4a7c15ull + 12345;
}

int plinth_main(int argc, char **argv, char **envp)
{
    (void)envp;
    long mb = argc > 1 ? atol(argv[1]) : 1;
    const char *then = argc > 2 ? argv[2] : "exit";

    /* Memory: every other 64 KiB piece written, the rest left zero, so
     * the snapshot has many runs and holes. */
    size_t bytes = (size_t)mb << 20;
    uint64_t *mem = bytes ? k_mem_alloc(bytes) : NULL;
    if (bytes && !mem)
        k_abort("no memory");
    size_t words = bytes / 8, piece = (64 << 10) / 8;
    for (size_t i = 0; i < words; i++)
        if ((i / piece) % 2 == 0)
            mem[i] = pattern(i);

    (void)k_random_u64();   /* leaves cached random bytes in the pool */
    printf("before argc=%d wanted=%d\n", argc, k_checkpoint_wanted());
    fflush(stdout);
    uint64_t mono_before = k_clock_ns();
    int r = k_checkpoint();
    uint64_t mono_after = k_clock_ns();

    int nargc;
    char **envp2;
    char **nargv = k_checkpoint_args(&nargc, &envp2);
    printf("after result=%d restored=%d\n", r, k_checkpoint_restored());
    printf("argc=%d\n", nargc);
    printf("bootarg=%s\n", argv[1]);   /* the boot's argv stays valid */
    for (int i = 1; i < nargc; i++)
        printf("arg=%s\n", nargv[i]);
    for (char **e = envp2; e && *e; e++)
        printf("env=%s\n", *e);
    const char *v = getenv("SNAPVAR");
    printf("getenv=%s\n", v ? v : "(none)");
    printf("wall_s=%llu\n", (unsigned long long)(k_clock_wall_ns() / 1000000000ull));
    printf("mono_ok=%d\n", mono_after >= mono_before);
    unsigned char rnd[16];
    k_random_fill(rnd, sizeof rnd);
    printf("random=%016llx", (unsigned long long)k_random_u64());
    for (int i = 0; i < 16; i++)
        printf("%02x", rnd[i]);
    printf("\n");
    size_t bad = 0;
    for (size_t i = 0; i < words; i++)
        if (mem[i] != ((i / piece) % 2 == 0 ? pattern(i) : 0))
            bad++;
    printf("memory_bad_words=%zu of %zu\n", bad, words);
    /* The restored copy writes its memory: its own pages, not the file's. */
    for (size_t i = 0; i < words; i += 512)
        mem[i] = ~mem[i];
    if (!strcmp(then, "again") && r) {
        /* A second checkpoint, in the restored copy: a snapshot of a copy. */
        fflush(stdout);
        int r2 = k_checkpoint();
        nargv = k_checkpoint_args(&nargc, NULL);
        printf("second result=%d restored=%d argc=%d\n", r2,
               k_checkpoint_restored(), nargc);
        for (int i = 1; i < nargc; i++)
            printf("arg2=%s\n", nargv[i]);
        bad = 0;
        for (size_t i = 0; i < words; i++) {
            uint64_t want = (i / piece) % 2 == 0 ? pattern(i) : 0;
            if (mem[i] != (i % 512 == 0 ? ~want : want))
                bad++;
        }
        printf("memory2_bad_words=%zu of %zu\n", bad, words);
    }
    if (!strcmp(then, "wait")) {
        printf("idle\n");
        fflush(stdout);
        k_console_flush_all();   /* the doorbell: nothing else will ring it */
        k_sleep_until(K_WAIT_FOREVER - 1);
    }
    fflush(stdout);
    if (argc > 3 && !strcmp(argv[3], "ro")) {
        /* The image's code is read-only to hypercalls (docs/abi.md). */
        static struct plinth_hc_random rr __attribute__((aligned(8)));
        rr.buf = (uintptr_t)&plinth_main;
        rr.len = 8;
        k_hc(PLINTH_HC_RANDOM, &rr);
        printf("ro_written\n");
        fflush(stdout);
    }
    return nargc > 1 ? atoi(nargv[1]) : 0;
}
