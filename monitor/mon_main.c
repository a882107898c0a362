/*
 * mon_main: the plinth command: subcommand dispatch, `plinth boot`'s
 * options, and the order in which a partition is set up and run.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mon_boot.h"
#include "mon_elf.h"
#include "mon_hc.h"
#include "mon_kvm.h"
#include "mon_mem.h"
#include "mon_opts.h"
#include "mon_part.h"
#include "mon_ring.h"
#include "mon_run.h"
#include "mon_snap.h"
#include "mon_vcpu.h"

#define PLINTH_VERSION "0.1"
#define MEM_DEFAULT (256ull << 20)

static const char usage[] =
    "usage: plinth COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  boot IMAGE [options] [-- ARGS...]\n"
    "                     run a static ELF64 image in a new partition\n"
    "  run [options] MAIN [ARGS...]\n"
    "                     run a Java program in a new partition, as java\n"
    "                     would (plinth run --help; docs/partition.md)\n"
    "  run --from FILE [options] [ARGS...]\n"
    "                     restore a Java snapshot and call its main with\n"
    "                     ARGS (docs/snapshot.md)\n"
    "  snapshot -o FILE [run options] MAIN\n"
    "                     run MAIN's start-up and save it to FILE just\n"
    "                     before main (or at Partition.checkpoint())\n"
    "  serve --from FILE --socket PATH [--pool N]\n"
    "                     keep copies of a snapshot ready; start one per\n"
    "                     request on PATH (docs/snapshot.md)\n"
    "  call SOCKET [--env K=V].. [-- ARGS]\n"
    "                     start one copy from plinth serve with ARGS\n"
    "  help               show this text\n"
    "  version            show plinth's version\n"
    "\n"
    "boot options:\n"
    "  --memory SIZE      guest memory, with K, M or G (default 256M;\n"
    "                     4M to 64G, rounded up to 2M)\n"
    "  --timeout SECS     stop the guest after SECS seconds (exit 124)\n"
    "  --env KEY=VALUE    add to the guest's environment (repeatable;\n"
    "                     the environment is empty by default)\n"
    "  --kvm-device PATH  the KVM device (default /dev/kvm)\n"
    "  --stats            print exit counts, pages touched and timings\n"
    "                     on stderr when the guest stops\n"
    "  --snapshot FILE    save the partition to FILE at the guest's\n"
    "                     CHECKPOINT call, then exit 0 (docs/snapshot.md)\n"
    "  --from FILE        restore the snapshot FILE (no IMAGE needed) and\n"
    "                     continue it with new ARGS and --env\n"
    "  ARGS after --      the guest's arguments (its argv[0] is IMAGE)\n"
    "\n"
    "exit status:\n"
    "  0-255  the guest's own exit code\n"
    "  124    --timeout expired\n"
    "  125    plinth could not start the partition (usage, bad image,\n"
    "         no KVM, no memory)\n"
    "  134    the guest aborted (ABORT hypercall, incl. fault reports)\n"
    "  135    the guest broke the ABI or the machine (bad hypercall,\n"
    "         unknown port, triple fault, HLT, unexpected exit)\n";

void mon_err(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("plinth: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

uint64_t mon_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("plinth: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (see plinth --help)\n", stderr);
    return MON_EXIT_START;
}

/* Parses `plinth boot`'s arguments (argv[0] is "boot"). */
static const char *boot_from;   /* --from FILE: restore a snapshot */

static int parse_boot(int argc, char **argv, struct mon_opts *o)
{
    static const char *env[4096];
    const char *why;
    o->mem_size = MEM_DEFAULT;
    o->kvm_device = "/dev/kvm";
    o->env = env;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = NULL;
        if (strcmp(a, "--") == 0) {
            o->args = (const char **)argv + i + 1;
            o->nargs = argc - i - 1;
            break;
        }
        if (a[0] != '-' || a[1] == 0) {
            if (o->image)
                return usage_error("boot: unexpected argument '%s' (guest "
                                   "arguments go after --)", a);
            o->image = a;
            continue;
        }
        if (strcmp(a, "--stats") == 0) {
            o->stats = 1;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            exit(0);
        }
        /* The options below take a value: "--opt VALUE" or "--opt=VALUE". */
        static const char *const valued[] = { "--memory", "--timeout", "--env",
                                              "--kvm-device", "--snapshot",
                                              "--from" };
        const char *name;
        int got = mon_opts_valued(argc, argv, &i, valued,
                                  sizeof valued / sizeof *valued, &name, &val);
        if (got == 0)
            return usage_error("boot: unknown option '%s'", a);
        if (got < 0)
            return usage_error("boot: %s needs a value", name);

        if (strcmp(name, "--memory") == 0) {
            uint64_t v;
            if (mon_opts_size(val, &v, &why) < 0) {
                mon_err("--memory %s: %s", val, why);
                return MON_EXIT_START;
            }
            if (v < PLINTH_MEM_MIN || v > PLINTH_MEM_MAX) {
                mon_err("--memory %s: must be between 4M and 64G", val);
                return MON_EXIT_START;
            }
            o->mem_size = (v + (2ull << 20) - 1) & ~((2ull << 20) - 1);
        } else if (strcmp(name, "--timeout") == 0) {
            if (mon_opts_seconds(val, &o->timeout_ns, &why) < 0) {
                mon_err("--timeout %s: %s", val, why);
                return MON_EXIT_START;
            }
        } else if (strcmp(name, "--env") == 0) {
            const char *e = strchr(val, '=');
            if (!e || e == val) {
                mon_err("--env %s: expected KEY=VALUE", val);
                return MON_EXIT_START;
            }
            if (o->nenv == (int)(sizeof env / sizeof *env)) {
                mon_err("--env: too many entries");
                return MON_EXIT_START;
            }
            env[o->nenv++] = val;
        } else if (strcmp(name, "--snapshot") == 0) {
            mon_snap_save_to(val, 0);
        } else if (strcmp(name, "--from") == 0) {
            boot_from = val;
        } else {
            o->kvm_device = val;
        }
    }
    if (!o->image && !boot_from)
        return usage_error("boot: %s", "no IMAGE given");
    return 0;
}

static void print_stats(struct mon_part *p)
{
    struct mon_stats *s = &p->stats;
    uint64_t resident = mon_mem_resident(&p->mem);
    fprintf(stderr, "plinth: stats: exits %llu (hypercalls:",
            (unsigned long long)s->exits);
    for (unsigned i = 0; i < PLINTH_HC_COUNT; i++)
        fprintf(stderr, " %s %llu", mon_hc_name(i),
                (unsigned long long)s->hc[i]);
    fprintf(stderr, "; doorbell exits %llu; other %llu); interrupted runs %llu\n",
            (unsigned long long)s->doorbell_exits,
            (unsigned long long)s->other, (unsigned long long)s->intr);
    fprintf(stderr,
            "plinth: stats: pages touched %llu (monitor %llu before entry, "
            "guest %llu after)\n",
            (unsigned long long)resident,
            (unsigned long long)s->pages_before_run,
            (unsigned long long)(resident - s->pages_before_run));
#define US(a, b) ((double)(s->b - s->a) / 1000.0)
    fprintf(stderr,
            "plinth: stats: us: memory %.0f, load %.0f, KVM open+VM+slot %.0f, "
            "vCPU+CPUID %.0f, entry state %.0f, run %.0f, total %.0f\n",
            US(t_start, t_mem), US(t_mem, t_load), US(t_load, t_kvm),
            US(t_kvm, t_vcpu), US(t_vcpu, t_setup),
            US(t_setup, t_run) - (double)s->t_stats / 1000.0,
            US(t_start, t_run) - (double)s->t_stats / 1000.0);
#undef US
}

static int cmd_boot(int argc, char **argv)
{
    static struct mon_opts o;
    static struct mon_part p;
    int rc = parse_boot(argc, argv, &o);
    if (rc)
        return rc;
    if (boot_from)
        return mon_snap_restore(&o, boot_from, 0);
    p.opts = &o;
    /* The image first: a bad one is reported even where KVM is missing. */
    p.stats.t_start = mon_now();
    if (mon_mem_create(&p.mem, o.mem_size) < 0)
        return MON_EXIT_START;
    p.stats.t_mem = mon_now();
    if (mon_elf_load(o.image, &p.mem, &p.img) < 0 || mon_boot_layout(&p) < 0)
        return MON_EXIT_START;
    p.stats.t_load = mon_now();
    if (mon_kvm_open(&p.kvm, o.kvm_device) < 0 ||
        mon_mem_attach(&p.mem, p.kvm.vm) < 0)
        return MON_EXIT_START;
    p.stats.t_kvm = mon_now();
    if (mon_kvm_vcpu(&p.kvm) < 0)
        return MON_EXIT_START;
    p.stats.t_vcpu = mon_now();
    if (mon_boot_memory(&p) < 0 || mon_ring_setup(&p) < 0 ||
        mon_boot_vcpu(&p) < 0)
        return MON_EXIT_START;
    /* A closed stdout drops the guest's output instead of killing us. */
    signal(SIGPIPE, SIG_IGN);
    p.vcpu_thread = pthread_self();
    if (o.timeout_ns && mon_vcpu_deadline(&p, o.timeout_ns) < 0)
        return MON_EXIT_START;
    p.stats.t_setup = mon_now();
    if (o.stats) {   /* mincore is slow: keep it out of the timings */
        p.stats.pages_before_run = mon_mem_resident(&p.mem);
        p.stats.t_stats = mon_now() - p.stats.t_setup;
    }
    rc = mon_vcpu_run(&p);
    p.stats.t_run = mon_now();
    /* The rings are drained; the process ends without joining the
     * monitor thread (exit takes it down). */
    if (o.stats)
        print_stats(&p);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return MON_EXIT_START;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("plinth %s (ABI %d)\n", PLINTH_VERSION, PLINTH_ABI_VERSION);
        return 0;
    }
    if (strcmp(cmd, "boot") == 0)
        return cmd_boot(argc - 1, argv + 1);
    if (strcmp(cmd, "run") == 0 && mon_snap_run_from_given(argc - 1, argv + 1))
        return mon_snap_run_from(argc - 1, argv + 1);
    if (strcmp(cmd, "run") == 0)
        return mon_run_main(argc - 1, argv + 1);
    if (strcmp(cmd, "snapshot") == 0)
        return mon_snap_main(argc - 1, argv + 1);
    if (strcmp(cmd, "serve") == 0)
        return mon_snap_serve_main(argc - 1, argv + 1);
    if (strcmp(cmd, "call") == 0)
        return mon_snap_call_main(argc - 1, argv + 1);
    if (cmd[0] == '-')
        return usage_error("unknown option '%s'", cmd);
    return usage_error("unknown command '%s'", cmd);
}
