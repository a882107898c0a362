/*
 * mon_snap_cli: the Java-level command lines of snapshots (docs/snapshot.md):
 * `plinth snapshot -o FILE [--at-checkpoint] [run options] MAIN`, which is
 * plinth run with a snapshot to write, and `plinth run --from FILE [options]
 * [ARGS]`, which restores one with the copy's arguments, environment and
 * standard input.
 */
#include "mon_snap.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mon_files.h"
#include "mon_opts.h"
#include "mon_run.h"

int mon_snap_main(int argc, char **argv)
{
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        fputs("usage: plinth snapshot -o FILE [--at-checkpoint] [plinth run "
              "options] MAIN [ARGS]\n"
              "       plinth snapshot -o FILE [--at-checkpoint] [plinth run "
              "options] -jar JAR [ARGS]\n"
              "\n"
              "Runs MAIN's start-up (its classes loaded and initialized) in a\n"
              "partition and saves the partition to FILE just before main is\n"
              "called; with --at-checkpoint, runs main and saves where it calls\n"
              "plinth.Partition.checkpoint().  `plinth run --from FILE [ARGS]`\n"
              "then starts copies from there.  Standard input is /dev/null\n"
              "until the checkpoint.\n", stdout);
        return 0;
    }
    if (argc < 3 || strcmp(argv[1], "-o") != 0 || !argv[2][0]) {
        mon_err("snapshot: usage: plinth snapshot -o FILE [run options] MAIN "
                "(see plinth snapshot --help)");
        return MON_EXIT_START;
    }
    for (int i = 3; i < argc && argv[i][0] == '-'; i++)
        if (!strcmp(argv[i], "--hosted") || !strcmp(argv[i], "--from")) {
            mon_err("snapshot: %s: only a partition can be snapshotted",
                    argv[i]);
            return MON_EXIT_START;
        }
    /* The snapshot run must not eat the input its copies will read. */
    int null = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null < 0 || dup2(null, 0) < 0) {
        mon_err("snapshot: /dev/null: %s", strerror(errno));
        return MON_EXIT_START;
    }
    close(null);
    if (argc > 3 && !strcmp(argv[3], "--at-checkpoint")) {
        mon_snap_save_to(argv[2], 1);
        argv[3] = "run";
        return mon_run_main(argc - 3, argv + 3);
    }
    mon_snap_save_to(argv[2], 0);
    argv[2] = "run";
    return mon_run_main(argc - 2, argv + 2);
}

int mon_snap_run_from_given(int argc, char **argv)
{
    for (int i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--"))
            return 0;
        if (!strcmp(argv[i], "--from") || !strncmp(argv[i], "--from=", 7))
            return 1;
    }
    return 0;
}

static int from_usage(const char *fmt, const char *arg)
{
    fputs("plinth: run --from: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (see plinth run --help; docs/snapshot.md)\n", stderr);
    return MON_EXIT_START;
}

extern char **environ;

int mon_snap_run_from(int argc, char **argv)
{
    static struct mon_opts o;
    const char *file = NULL, *why;
    int inherit = 0, nenv = 0, i = 1;
    const char **env = calloc((size_t)argc + 1, sizeof *env);
    if (!env)
        return MON_EXIT_START;
    o.kvm_device = "/dev/kvm";
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (!strcmp(a, "--stats")) {
            o.stats = 1;
            continue;
        }
        if (!strcmp(a, "--env-inherit")) {
            inherit = 1;
            continue;
        }
        static const char *const valued[] = { "--from", "--env", "--timeout",
                                              "--kvm-device", "--image",
                                              "--dir" };
        const char *name, *val;
        int got = mon_opts_valued(argc, argv, &i, valued,
                                  sizeof valued / sizeof *valued, &name, &val);
        if (got == 0)
            return from_usage("%s: the snapshot fixes the class path, heap "
                              "and JVM flags; only --env, --env-inherit, "
                              "--dir, --timeout, --stats, --kvm-device and "
                              "--image go with --from", a);
        if (got < 0)
            return from_usage("%s needs a value", name);
        if (!strcmp(name, "--from")) {
            file = val;
        } else if (!strcmp(name, "--env")) {
            if (!strchr(val, '=') || val[0] == '=')
                return from_usage("--env %s: expected KEY=VALUE", val);
            env[nenv++] = val;
        } else if (!strcmp(name, "--timeout")) {
            if (mon_opts_seconds(val, &o.timeout_ns, &why) < 0) {
                mon_err("--timeout %s: %s", val, why);
                return MON_EXIT_START;
            }
        } else if (!strcmp(name, "--kvm-device")) {
            o.kvm_device = val;
        } else if (!strcmp(name, "--dir")) {
            if (mon_files_export(val) < 0)   /* the copy's own exports */
                return MON_EXIT_START;
        } else {
            o.image = val;
        }
    }
    int ninh = 0;
    if (inherit)
        for (char **e = environ; *e; e++)
            ninh++;
    const char **all = calloc((size_t)(ninh + nenv + 1), sizeof *all);
    if (!all)
        return MON_EXIT_START;
    for (int k = 0; k < ninh; k++)
        all[k] = environ[k];
    for (int k = 0; k < nenv; k++)
        all[ninh + k] = env[k];
    o.env = all;
    o.nenv = ninh + nenv;
    o.args = (const char **)argv + i;
    o.nargs = argc - i;
    return mon_snap_restore(&o, file, 1);
}
