/*
 * main_partition.c: the JVM's start inside a partition: plinth_main reads
 * the java flags the monitor passed through (`plinth run` consumed its own
 * and the class path), then starts the VM exactly as the hosted command
 * does (jvm/main_hosted.c): heap, main thread, core classes, System, the
 * main class's main(String[]).  The class path itself is already in guest
 * memory as a class image; `--plinth-cp=STRING` only names it for
 * java.class.path.
 */
#include "class.h"
#include "exception.h"
#include "interp.h"
#include "native.h"
#include "platform.h"
#include "platform_partition.h"
#include "jstring.h"
#include "vm_start.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vm_options vm_opts;

/* PLINTH_STARTUP_TIMES=1 in the environment (`plinth run --env`) prints
 * when each start-up phase ended, in µs since the partition booted, for
 * docs/performance.md's "where the time goes". */
static bool times_on;
static uint64_t times_prev;

static void phase(const char *what)
{
    if (!times_on)
        return;
    uint64_t now = plat_nanotime();
    char b[200];
    unsigned n;
    size_t bytes;
    plat_partition_class_stats(&n, &bytes);
    snprintf(b, sizeof b, "plinth-jvm: startup: %-28s at %7llu us (+%llu), %u classes, %zu KiB\n",
             what, (unsigned long long)(now / 1000), (unsigned long long)((now - times_prev) / 1000),
             n, bytes >> 10);
    times_prev = now;
    plat_write(2, b, strlen(b));
}

static void err(const char *s) { plat_write(2, s, strlen(s)); }

static void errf2(const char *fmt, const char *a)
{
    char b[1024];
    snprintf(b, sizeof b, fmt, a);
    err(b);
}

/* Parses the java flags; returns the index of the main class. */
static int parse_flags(int argc, char **argv, const char **cp, const char **props, int *nprops)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--plinth-cp=", 12) == 0) {
            *cp = a + 12;
        } else if (vm_start_flag(a, props, nprops)) {
            /* one of java's common flags */
        } else if (strcmp(a, "-version") == 0 || strcmp(a, "--version") == 0 ||
                   strcmp(a, "-showversion") == 0 || strcmp(a, "--show-version") == 0) {
            static const char v[] =
                "plinth-jvm 0.1 (plinth's own JVM: class files up to version 61, Java 17 language)\n"
                "Interpreter, green threads, class library subset of java.base, in a partition\n";
            plat_write(a[1] == '-' ? 1 : 2, v, sizeof v - 1);
            if (strstr(a, "show") == NULL)
                plat_exit(0);
        } else {
            errf2("Unrecognized option: %s\n", a);
            vm_start_cannot_create();
        }
    }
    return i;
}

/* A snapshot is taken just before main: classes loaded and initialized,
 * main not yet called.  Each restored copy calls main with its own
 * arguments. */
static void checkpoint(int *nargs, char ***args)
{
    char **margv = *args, **renvp;
    int rargc;
    if (plat_partition_checkpoint(&rargc, &margv, &renvp)) {
        phase("restored from a snapshot");
        vm_reseed();   /* copies must not share seeds */
        *args = margv + 1;   /* past argv[0], the image */
        *nargs = rargc > 0 ? rargc - 1 : 0;
    }
}

int plinth_main(int argc, char **argv, char **envp)
{
    int cstack_marker;
    const char *cp = NULL;
    const char **props = calloc((size_t)argc + 1, sizeof *props);
    int nprops = 0;
    vm_opts.heap_max = (size_t)256 << 20;
    vm_opts.java_stack_size = (size_t)1 << 20;
    vm_opts.c_stack_size = (size_t)256 << 10;
    for (char **e = envp; e && *e; e++) {
        if (strncmp(*e, "PLINTH_GC_STRESS=", 17) == 0)
            vm_opts.gc_stress = (*e)[17] && strcmp(*e + 17, "0") != 0;
        if (strcmp(*e, "PLINTH_STARTUP_TIMES=1") == 0)
            times_on = true;
    }
    phase("libc and layer started");
    if (!props)
        plat_abort("out of memory");

    int i = parse_flags(argc, argv, &cp, props, &nprops);
    plat_partition_init(cp, envp);
    if (i >= argc) {
        err("Error: no main class given\n");
        plat_exit(1);
    }
    const char *main_name = argv[i++];
    native_set_properties(props, nprops);

    phase("flags parsed");
    static const struct vm_start_hooks hooks = { phase, checkpoint };
    vm_start(main_name, argc - i, argv + i, &cstack_marker, &hooks);
}
