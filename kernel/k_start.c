/*
 * k_start.c: ring 3's first code, and the program's end.
 *
 * The supervisor irets to k_start with the boot info.  We set up the
 * k_* modules, then start musl's libc the way a Linux kernel would start a
 * static program: __libc_start_main with argv, envp and an auxiliary
 * vector laid end to end.  musl then sets its thread pointer (FS base,
 * through arch_prctl, which the supervisor serves), runs constructors and
 * calls plinth_main; its exit() runs atexit handlers, flushes stdio and
 * ends in exit_group, which k_syscall turns into k_exit.
 */
#include <elf.h>
#include <stdint.h>
#include <string.h>
#include "k_boot.h"
#include "k_clock.h"
#include "k_console.h"
#include "k_hc.h"
#include "k_mem.h"
#include "k_random.h"
#include "k_syscall.h"

const struct plinth_boot_info *k_boot;

_Noreturn void k_start(const struct plinth_boot_info *bi);
int __libc_start_main(int (*main)(int, char **, char **), int argc,
                      char **argv, void (*init)(void), void (*fini)(void),
                      void (*ldso)(void));

static unsigned char k_start_at_random[16];   /* AT_RANDOM: musl's canary */

static void k_start_fail(const char *msg)
{
    k_hc_abort(msg, strlen(msg));
}

static int k_start_cpu_has_osxsave(void)
{
    uint32_t a = 1, b, c = 0, d;
    __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
    return (c >> 27) & 1;
}

/* argv, NULL, envp, NULL, auxv pairs, AT_NULL: what Linux puts on a new
 * program's stack and what musl's start code reads. */
static char **k_start_vector(void)
{
    static const unsigned naux = 9;
    uint32_t argc = k_boot->argv ? k_boot->argc : 0;
    uint32_t envc = k_boot->envp ? k_boot->envc : 0;
    size_t n = (size_t)argc + 1 + envc + 1 + 2 * naux;
    uint64_t *v = k_mem_alloc(n * sizeof *v);
    if (!v)
        k_start_fail("no memory for the program's arguments");
    const uint64_t *argv = (const uint64_t *)(uintptr_t)k_boot->argv;
    const uint64_t *envp = (const uint64_t *)(uintptr_t)k_boot->envp;
    size_t i = 0;
    for (uint32_t a = 0; a < argc; a++)
        v[i++] = argv[a];
    v[i++] = 0;
    for (uint32_t e = 0; e < envc; e++)
        v[i++] = envp[e];
    v[i++] = 0;
    k_random_fill_cpu(k_start_at_random, sizeof k_start_at_random);
    const uint64_t aux[] = {
        AT_PAGESZ, K_PAGE_SIZE,
        AT_RANDOM, (uintptr_t)k_start_at_random,
        AT_UID, 0, AT_EUID, 0, AT_GID, 0, AT_EGID, 0,
        AT_SECURE, 0,
        AT_HWCAP, 0,
        AT_NULL, 0,
    };
    _Static_assert(sizeof aux / sizeof aux[0] == 2 * 9, "naux");
    memcpy(&v[i], aux, sizeof aux);
    return (char **)v;
}

static int k_start_main(int argc, char **argv, char **envp)
{
    return plinth_main(argc, argv, envp);
}

_Noreturn void k_start(const struct plinth_boot_info *bi)
{
    if (bi->magic != PLINTH_BOOT_MAGIC || bi->abi_version != PLINTH_ABI_VERSION)
        k_start_fail("boot info: bad magic or ABI version");
    k_boot = bi;
    k_sc_xsave = (unsigned char)k_start_cpu_has_osxsave();
    k_console_init();
    k_clock_init();
    k_random_renew();
    k_mem_init();
    char **argv = k_start_vector();
    int argc = bi->argv ? (int)bi->argc : 0;
    __libc_start_main(k_start_main, argc, argv, 0, 0, 0);
    k_exit(127);   /* not reached: libc exits */
}

_Noreturn void k_exit(int code)
{
    k_console_flush_all();
    k_hc_exit(code);
}

_Noreturn void k_abort(const char *msg)
{
    k_console_flush_all();
    k_hc_abort(msg, strlen(msg));
}
