/*
 * mon_run: `plinth run [options] MAIN [args]`, what a Java user types
 * where they typed `java` (docs/partition.md).
 *
 * plinth's own options (--memory, --timeout, --env, --env-inherit,
 * --hosted, --stats, --kvm-device, --image) are taken here, and so is the
 * class path (-cp, -jar), because the monitor packs it: the application's
 * classes become a class image placed, like the prebuilt class library's
 * image, in read-only guest memory right after the partition image.  Every
 * other java flag goes through to the JVM untouched, which answers it as
 * `java` would.  With --hosted the same flags go to the hosted JVM
 * (plinth-jvm, next to this executable) instead; a class path with jars
 * is packed into a class image for it all the same, passed as a memfd.
 */
#include "mon_run.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mon_boot.h"
#include "mon_classimg.h"
#include "mon_classpath.h"
#include "mon_elf.h"
#include "mon_files.h"
#include "mon_hc.h"
#include "mon_input.h"
#include "mon_kvm.h"
#include "mon_mem.h"
#include "mon_opts.h"
#include "mon_part.h"
#include "mon_ring.h"
#include "mon_vcpu.h"
#include "mon_warm.h"
#include "plinth/classimg.h"

#define MB (1ull << 20)
#define XMX_DEFAULT (256 * MB)
/* Guest memory beyond the heap: the JVM's own tables, thread stacks (each
 * Java thread reserves ~1.3 MiB, touched only as used),
 * malloc, the image and the class images are added on top. */
#define MEM_OVERHEAD (512 * MB)
/* With --memory alone, the heap gets what this much for the rest leaves. */
#define MEM_OVERHEAD_MIN (64 * MB)
/* Class path problems end plinth with java's code for them. */
#define EXIT_CLASSPATH 1

static const char usage[] =
    "usage: plinth run [options] MAIN [ARGS...]\n"
    "       plinth run [options] -jar JAR [ARGS...]\n"
    "\n"
    "Runs a Java program in a new partition, as `java` would run it.\n"
    "\n"
    "java options (as java's):\n"
    "  -cp, -classpath, --class-path PATH\n"
    "                     directories and jars, separated by ':' (default .)\n"
    "  -jar JAR           run the jar's Main-Class (with its Class-Path)\n"
    "  -Xmx SIZE          maximum heap (default 256m); also -Xmx256m\n"
    "  -Dkey=value, -ea, -Xss SIZE, ...\n"
    "                     passed to the JVM\n"
    "plinth options:\n"
    "  --memory SIZE      guest memory (default: the heap + 512M + classes)\n"
    "  --timeout SECS     stop the program after SECS seconds (exit 124)\n"
    "  --env KEY=VALUE    add to the program's environment (repeatable)\n"
    "  --env-inherit      pass plinth's whole environment on\n"
    "  --dir HOST[:GUEST][:ro]\n"
    "                     export a host directory (at GUEST, default the\n"
    "                     same path; :ro read-only); repeatable\n"
    "  --hosted           run in the hosted JVM process instead\n"
    "  --stats            print exits, pages touched and timings on stderr\n"
    "  --kvm-device PATH  the KVM device (default /dev/kvm)\n"
    "  --image ELF        the partition image (default plinth-jvm.elf next\n"
    "                     to plinth)\n"
    "\n"
    "exit status: the program's (1 for an uncaught exception); 124 timeout;\n"
    "125 plinth could not start; 134 the JVM aborted; 135 it broke the ABI.\n";

struct run_opts {
    int hosted, stats, env_inherit;
    uint64_t mem_size;              /* 0: computed */
    uint64_t timeout_ns;
    const char *kvm_device, *image;
    const char **env;
    int nenv;
    const char *cp, *jar;
    uint64_t xmx;                   /* 0: not given */
    const char **jflags;            /* java flags for the JVM */
    int njflags;
    const char *main_class;
    char **args;
    int nargs;
};

static int usage_error(const char *fmt, const char *arg)
{
    fputs("plinth: run: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs(" (see plinth run --help)\n", stderr);
    return MON_EXIT_START;
}

/* java's size syntax: digits and an optional k/m/g/t; 0 if malformed. */
static uint64_t java_size(const char *s)
{
    char *end;
    if (*s < '0' || *s > '9')
        return 0;
    unsigned long long v = strtoull(s, &end, 10), mul = 1;
    switch (*end) {
    case 0: break;
    case 'k': case 'K': mul = 1ull << 10; end++; break;
    case 'm': case 'M': mul = 1ull << 20; end++; break;
    case 'g': case 'G': mul = 1ull << 30; end++; break;
    case 't': case 'T': mul = 1ull << 40; end++; break;
    default: return 0;
    }
    if (*end || v > ~0ull / mul)
        return 0;
    return v * mul;
}

static int parse(int argc, char **argv, struct run_opts *o)
{
    static const char *const valued[] = { "--memory", "--timeout", "--env",
                                    "--kvm-device", "--image", "--dir" };
    o->kvm_device = "/dev/kvm";
    o->env = calloc((size_t)argc + 1, sizeof *o->env);
    o->jflags = calloc((size_t)argc + 1, sizeof *o->jflags);
    if (!o->env || !o->jflags) {
        mon_err("run: out of memory");
        return MON_EXIT_START;
    }
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--hosted") == 0) {
            o->hosted = 1;
            continue;
        }
        if (strcmp(a, "--stats") == 0) {
            o->stats = 1;
            continue;
        }
        if (strcmp(a, "--env-inherit") == 0) {
            o->env_inherit = 1;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-help") == 0 ||
            strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0) {
            fputs(usage, stdout);
            exit(0);
        }
        if (strcmp(a, "-cp") == 0 || strcmp(a, "-classpath") == 0 ||
            strcmp(a, "--class-path") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s needs a class path", a);
            o->cp = argv[++i];
            continue;
        }
        if (strncmp(a, "--class-path=", 13) == 0) {
            o->cp = a + 13;
            continue;
        }
        if (strcmp(a, "-jar") == 0) {
            if (i + 1 >= argc)
                return usage_error("%s needs a jar file", a);
            o->jar = argv[++i];
            i++;
            break;   /* the rest are the program's */
        }
        if (strncmp(a, "-Xmx", 4) == 0) {
            const char *v = a + 4;
            if (!*v) {
                if (i + 1 >= argc)
                    return usage_error("%s needs a size", a);
                v = argv[++i];
                char *joined = malloc(strlen(v) + 5);
                if (!joined)
                    return MON_EXIT_START;
                sprintf(joined, "-Xmx%s", v);
                a = joined;
            }
            /* A malformed size is the JVM's to report, as java does. */
            o->xmx = java_size(v);
            o->jflags[o->njflags++] = a;
            continue;
        }
        if (strncmp(a, "--", 2) != 0 || strcmp(a, "--version") == 0 ||
            strcmp(a, "--show-version") == 0) {
            o->jflags[o->njflags++] = a;   /* a java flag */
            continue;
        }
        const char *val = NULL, *name = NULL;
        int got = mon_opts_valued(argc, argv, &i, valued,
                                  sizeof valued / sizeof *valued, &name, &val);
        if (got == 0)
            return usage_error("unknown option '%s'", a);
        if (got < 0)
            return usage_error("%s needs a value", name);
        const char *why;
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
            o->mem_size = v;
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
            o->env[o->nenv++] = val;
        } else if (strcmp(name, "--kvm-device") == 0) {
            o->kvm_device = val;
        } else if (strcmp(name, "--image") == 0) {
            o->image = val;
        } else if (mon_files_export(val) < 0) {   /* --dir */
            return MON_EXIT_START;
        }
    }
    if (!o->jar && i < argc)
        o->main_class = argv[i++];
    /* Without a main class only a flag such as -version makes sense. */
    if (!o->jar && !o->main_class && o->njflags == 0)
        return usage_error("%s", "no main class given");
    o->args = argv + i;
    o->nargs = argc - i;
    return 0;
}

/* The directory of this executable, for files built next to it. */
static int exe_dir(char *buf, size_t n)
{
    ssize_t r = readlink("/proc/self/exe", buf, n - 1);
    if (r <= 0)
        return -1;
    buf[r] = 0;
    char *slash = strrchr(buf, '/');
    if (!slash)
        return -1;
    *slash = 0;
    return 0;
}

/* Finds `name` next to plinth or one directory up (build/asan/plinth
 * uses build/'s files); `env` overrides.  Returns a malloc'd path. */
static char *find_file(const char *env, const char *name)
{
    const char *e = getenv(env);
    if (e && *e)
        return strdup(e);
    char dir[PATH_MAX], path[PATH_MAX + 64];
    if (exe_dir(dir, sizeof dir) < 0)
        return strdup(name);
    for (int up = 0; up < 2; up++) {
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (access(path, F_OK) == 0)
            return strdup(path);
        char *slash = strrchr(dir, '/');
        if (!slash)
            break;
        *slash = 0;
    }
    if (exe_dir(dir, sizeof dir) < 0)
        return strdup(name);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return strdup(path);
}

extern char **environ;

/* The program's environment: --env-inherit's, then --env's. */
static const char **program_env(struct run_opts *o, int *n)
{
    int ninh = 0;
    if (o->env_inherit)
        for (char **e = environ; *e; e++)
            ninh++;
    const char **env = calloc((size_t)(ninh + o->nenv + 1), sizeof *env);
    if (!env)
        return NULL;
    int k = 0;
    for (int i = 0; i < ninh; i++)
        env[k++] = environ[i];
    for (int i = 0; i < o->nenv; i++)
        env[k++] = o->env[i];
    *n = k;
    return env;
}

/* ---- --hosted ------------------------------------------------------------ */

/* Whether the class path names a jar (a file, or a wildcard ending in '*'): the
 * hosted JVM reads directories itself but jars only through plinth. */
static int cp_has_jar(const char *cp)
{
    if (!cp)
        return 0;
    for (const char *p = cp;;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char entry[PATH_MAX];
        struct stat st;
        if (n > 0 && n < sizeof entry) {
            memcpy(entry, p, n);
            entry[n] = 0;
            if (entry[n - 1] == '*' || (stat(entry, &st) == 0 && S_ISREG(st.st_mode)))
                return 1;
        }
        if (!e)
            return 0;
        p = e + 1;
    }
}

/* Packs the class path with jars into a class image in a memfd, with the
 * same code, manifest handling and errors as for a partition, and returns
 * the descriptor (left open across exec for plinth-jvm to map), or -1
 * (reported; *rc is the exit code). */
static int hosted_app_image(struct run_opts *o, char **jar_main, int *rc)
{
    struct mon_classimg *ci = mon_classimg_new();
    *rc = EXIT_CLASSPATH;
    if (!ci) {
        mon_err("run: out of memory");
        *rc = MON_EXIT_START;
        return -1;
    }
    if (mon_classpath_collect(ci, o->cp, o->jar, jar_main))
        return -1;
    int64_t size = mon_classimg_layout(ci);
    if (size < 0)
        return -1;
    /* An empty class path still gets a valid (empty) image. */
    uint64_t len = size ? (uint64_t)size : sizeof(struct plinth_classimg_hdr);
    int fd = memfd_create("plinth-app-classes", 0);
    uint8_t *m = MAP_FAILED;
    if (fd < 0 || ftruncate(fd, (off_t)len) != 0 ||
        (m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)) == MAP_FAILED) {
        mon_err("run: the class image: %s", strerror(errno));
        *rc = MON_EXIT_START;
        return -1;
    }
    if (size) {
        if (mon_classimg_write(ci, m) < 0)
            return -1;
    } else {
        *(struct plinth_classimg_hdr *)m = (struct plinth_classimg_hdr){
            PLINTH_CLASSIMG_MAGIC, PLINTH_CLASSIMG_VERSION, 0, len, len };
    }
    munmap(m, len);
    mon_classpath_close();
    mon_classimg_free(ci);
    return fd;
}

static int run_hosted(struct run_opts *o)
{
    char *jar_main = NULL, imgflag[48];
    int imgfd = -1;
    if (o->jar || cp_has_jar(o->cp)) {
        int rc;
        if ((imgfd = hosted_app_image(o, &jar_main, &rc)) < 0)
            return rc;
        snprintf(imgflag, sizeof imgflag, "--plinth-app-image=%d", imgfd);
    }

    char *jvm = find_file("PLINTH_HOSTED_JVM", "plinth-jvm");
    int nenv;
    const char **env = program_env(o, &nenv);
    char **av = calloc((size_t)(o->njflags + o->nargs + 8), sizeof *av);
    if (!jvm || !env || !av) {
        mon_err("run: out of memory");
        return MON_EXIT_START;
    }
    int k = 0;
    av[k++] = jvm;
    /* java's user.dir is the working directory (the JVM would otherwise
     * look for PWD in an environment that --env alone fills); before the
     * java flags, so the user's -Duser.dir wins. */
    char cwd[PATH_MAX], *cwdflag = NULL;
    if (getcwd(cwd, sizeof cwd) && (cwdflag = malloc(strlen(cwd) + 16))) {
        sprintf(cwdflag, "-Duser.dir=%s", cwd);
        av[k++] = cwdflag;
    }
    for (int i = 0; i < o->njflags; i++)
        av[k++] = (char *)o->jflags[i];
    if (imgfd >= 0)
        av[k++] = imgflag;
    /* With an image, -cp only names the class path (java.class.path):
     * -jar's is the jar, as java says. */
    if (o->jar || o->cp) {
        av[k++] = "-cp";
        av[k++] = (char *)(o->jar ? o->jar : o->cp);
    }
    if (o->jar) {
        av[k++] = jar_main;
    } else if (o->main_class) {
        av[k++] = (char *)o->main_class;
    }
    for (int i = 0; i < o->nargs; i++)
        av[k++] = o->args[i];
    av[k] = NULL;
    fflush(NULL);
    if (!o->timeout_ns) {
        execve(jvm, av, (char **)env);
        mon_err("%s: %s", jvm, strerror(errno));
        return MON_EXIT_START;
    }
    /* --timeout: wait for the child with a deadline. */
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    pid_t pid = fork();
    if (pid < 0) {
        mon_err("run: fork: %s", strerror(errno));
        return MON_EXIT_START;
    }
    if (pid == 0) {
        sigprocmask(SIG_SETMASK, &old, NULL);
        execve(jvm, av, (char **)env);
        mon_err("%s: %s", jvm, strerror(errno));
        _exit(MON_EXIT_START);
    }
    uint64_t deadline = mon_now() + o->timeout_ns;
    for (;;) {
        int st;
        pid_t w = waitpid(pid, &st, WNOHANG);
        if (w == pid)
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        uint64_t now = mon_now();
        if (now >= deadline) {
            kill(pid, SIGKILL);
            waitpid(pid, &st, 0);
            mon_err("timeout: the program ran longer than --timeout and was "
                    "stopped");
            return MON_EXIT_TIMEOUT;
        }
        struct timespec ts = { (time_t)((deadline - now) / 1000000000ull),
                               (long)((deadline - now) % 1000000000ull) };
        sigtimedwait(&chld, NULL, &ts);
    }
}

/* ---- the partition --------------------------------------------------------- */

static uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

/* Reads the prebuilt class library image's size and checks its header. */
static int open_classlib(const char *path, int *fd, uint64_t *size)
{
    *fd = open(path, O_RDONLY | O_CLOEXEC);
    struct plinth_classimg_hdr h;
    struct stat st;
    if (*fd < 0 || fstat(*fd, &st) != 0) {
        mon_err("%s: cannot open the class library image: %s (build it with "
                "make)", path, strerror(errno));
        return -1;
    }
    if (pread(*fd, &h, sizeof h, 0) != (ssize_t)sizeof h ||
        h.magic != PLINTH_CLASSIMG_MAGIC || h.version != PLINTH_CLASSIMG_VERSION ||
        h.size != (uint64_t)st.st_size) {
        mon_err("%s: not a class image of this plinth (rebuild with make)", path);
        return -1;
    }
    *size = h.size;
    return 0;
}

static int read_all(int fd, uint8_t *dst, uint64_t len)
{
    uint64_t got = 0;
    while (got < len) {
        ssize_t r = pread(fd, dst + got, (size_t)(len - got), (off_t)got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        got += (uint64_t)r;
    }
    return 0;
}

/* The class library's image is the same file for every partition: map it
 * over its place in guest memory, privately and read-only, instead of
 * copying it.  The guest then reads the host's page cache, shared by all
 * partitions, and the monitor touches none of it.  (The memory slot spans
 * both mappings; KVM resolves guest pages through whatever is mapped.)
 * Falls back to a copy if the mapping fails. */
static uint8_t *lib_map;
static uint64_t lib_map_size;
static uint64_t warm_pages;   /* pre-faulted by mon_warm (--stats) */

static int map_classlib(int fd, uint8_t *at, uint64_t size)
{
    void *m = mmap(at, align_up(size, 4096), PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    if (m == MAP_FAILED) {
        /* MAP_FIXED failed: the old mapping is still there */
        return -1;
    }
    lib_map = at;
    lib_map_size = align_up(size, 4096);
    return 0;
}

static void print_stats(struct mon_part *p, uint64_t t_classes)
{
    struct mon_stats *s = &p->stats;
    uint64_t resident = mon_mem_resident(&p->mem);
    fprintf(stderr, "plinth: stats: exits %llu (hypercalls:",
            (unsigned long long)s->exits);
    for (unsigned i = 0; i < PLINTH_HC_COUNT; i++)
        fprintf(stderr, " %s %llu", mon_hc_name(i), (unsigned long long)s->hc[i]);
    fprintf(stderr, "; doorbell exits %llu; other %llu)\n",
            (unsigned long long)s->doorbell_exits, (unsigned long long)s->other);
    fprintf(stderr, "plinth: stats: pages touched %llu (monitor %llu before "
            "entry, of which %llu pre-faulted for the guest; guest %llu after)\n",
            (unsigned long long)resident, (unsigned long long)s->pages_before_run,
            (unsigned long long)warm_pages,
            (unsigned long long)(resident - s->pages_before_run));
    int64_t kexits = mon_kvm_vcpu_stat(&p->kvm, "exits");
    int64_t kpf = mon_kvm_vcpu_stat(&p->kvm, "pf_taken");
    if (kexits >= 0 && kpf >= 0)
        fprintf(stderr, "plinth: stats: KVM counted %lld exits, %lld of them guest "
                "page faults (first touches under shadow paging)\n",
                (long long)kexits, (long long)kpf);
    uint64_t npages = lib_map_size / 4096, cached = 0;
    unsigned char *vec = npages ? malloc(npages) : NULL;
    if (vec && mincore(lib_map, lib_map_size, vec) == 0)
        for (uint64_t i = 0; i < npages; i++)
            cached += vec[i] & 1;
    free(vec);
    if (lib_map)
        fprintf(stderr, "plinth: stats: of those, %llu are the class library "
                "image's page cache, shared by all partitions and counted "
                "before entry\n", (unsigned long long)cached);
#define US(a, b) ((double)(s->b - s->a) / 1000.0)
    fprintf(stderr, "plinth: stats: us: class path %.0f, memory+image+classes "
            "%.0f, KVM+vCPU %.0f, entry state %.0f, run %.0f, total %.0f\n",
            (double)t_classes / 1000.0, US(t_start, t_load), US(t_load, t_vcpu),
            US(t_vcpu, t_setup), US(t_setup, t_run) - (double)s->t_stats / 1000.0,
            US(t_start, t_run) - (double)s->t_stats / 1000.0 +
            (double)t_classes / 1000.0);
#undef US
}

static int run_partition(struct run_opts *o)
{
    static struct mon_opts mo;
    static struct mon_part p;
    uint64_t t0 = mon_now();

    /* The class path, indexed (names and sizes only) before anything else:
     * a bad jar is reported even where KVM is missing. */
    struct mon_classimg *ci = mon_classimg_new();
    char *jar_main = NULL;
    if (!ci) {
        mon_err("run: out of memory");
        return MON_EXIT_START;
    }
    int rc = mon_classpath_collect(ci, o->cp, o->jar, &jar_main);
    if (rc)
        return EXIT_CLASSPATH;
    int64_t app_size = mon_classimg_layout(ci);
    if (app_size < 0)
        return EXIT_CLASSPATH;
    const char *main_class = o->jar ? jar_main : o->main_class;

    char *libpath = find_file("PLINTH_CLASSLIB_IMAGE", "classlib.img");
    int libfd;
    uint64_t lib_size;
    if (!libpath || open_classlib(libpath, &libfd, &lib_size) < 0)
        return MON_EXIT_START;

    /* Memory: the heap is bounded by -Xmx; the rest by what the JVM needs
     * besides.  Untouched guest memory costs the host nothing. */
    uint64_t classes = align_up(lib_size, 4096) + align_up((uint64_t)app_size, 4096);
    uint64_t xmx = o->xmx ? o->xmx : XMX_DEFAULT;
    uint64_t mem = o->mem_size;
    if (!mem) {
        mem = xmx + MEM_OVERHEAD + classes;
        if (mem > PLINTH_MEM_MAX)
            mem = PLINTH_MEM_MAX;
    } else if (!o->xmx) {
        /* --memory alone: the heap gets what the rest leaves, up to the
         * default. */
        uint64_t rest = mem > MEM_OVERHEAD_MIN + classes ? mem - MEM_OVERHEAD_MIN - classes : 0;
        xmx = rest < XMX_DEFAULT ? rest & ~(MB - 1) : XMX_DEFAULT;
        if (xmx < 2 * MB) {
            mon_err("--memory %lluM: too small for the JVM and %llu KiB of "
                    "classes", (unsigned long long)(mem / MB),
                    (unsigned long long)(classes >> 10));
            return MON_EXIT_START;
        }
    } else if (o->xmx > mem) {
        mon_err("-Xmx%lluM: the heap cannot be larger than --memory %lluM",
                (unsigned long long)(o->xmx / MB), (unsigned long long)(mem / MB));
        return MON_EXIT_START;
    }
    mem = align_up(mem, 2 * MB);

    /* The guest's argv: default heap, java flags, class path name, main. */
    char *image = o->image ? strdup(o->image) : find_file("PLINTH_JVM_IMAGE", "plinth-jvm.elf");
    const char **gargs = calloc((size_t)(o->njflags + o->nargs + 5), sizeof *gargs);
    char xmxflag[40], *cpflag;
    const char *cpname = o->jar ? o->jar : o->cp ? o->cp : ".";
    cpflag = malloc(strlen(cpname) + 16);
    if (!image || !gargs || !cpflag) {
        mon_err("run: out of memory");
        return MON_EXIT_START;
    }
    sprintf(cpflag, "--plinth-cp=%s", cpname);
    int k = 0;
    if (!o->xmx) {
        snprintf(xmxflag, sizeof xmxflag, "-Xmx%lluk", (unsigned long long)(xmx >> 10));
        gargs[k++] = xmxflag;
    }
    /* The working directory as the partition sees it (docs/files.md);
     * before the java flags, so the user's -Duser.dir wins. */
    const char *cwd = mon_files_cwd();
    char *cwdflag = cwd ? malloc(strlen(cwd) + 16) : NULL;
    if (cwdflag) {
        sprintf(cwdflag, "-Duser.dir=%s", cwd);
        gargs[k++] = cwdflag;
    }
    for (int i = 0; i < o->njflags; i++)
        gargs[k++] = o->jflags[i];
    gargs[k++] = cpflag;
    if (main_class)
        gargs[k++] = main_class;
    for (int i = 0; i < o->nargs; i++)
        gargs[k++] = o->args[i];

    mo.image = image;
    mo.mem_size = mem;
    mo.timeout_ns = o->timeout_ns;
    mo.kvm_device = o->kvm_device;
    mo.env = program_env(o, &mo.nenv);
    mo.args = gargs;
    mo.nargs = k;
    mo.stats = o->stats;
    if (!mo.env) {
        mon_err("run: out of memory");
        return MON_EXIT_START;
    }
    p.opts = &mo;
    uint64_t t_classes = mon_now() - t0;

    p.stats.t_start = mon_now();
    if (mon_mem_create(&p.mem, mem) < 0)
        return MON_EXIT_START;
    p.stats.t_mem = mon_now();
    if (mon_elf_load(image, &p.mem, &p.img) < 0)
        return MON_EXIT_START;
    /* The class images follow the image, read-only to the guest: one more
     * segment as far as the page tables are concerned. */
    uint64_t image_end = p.img.end;
    uint64_t lib_gpa = align_up(image_end, 4096);
    uint64_t app_gpa = align_up(lib_gpa + lib_size, 4096);
    uint64_t cls_end = app_gpa + (uint64_t)app_size;
    uint8_t *lib_host = mon_gpa(&p.mem, lib_gpa, lib_size);
    uint8_t *app_host = mon_gpa(&p.mem, app_gpa, (uint64_t)app_size);
    if (!lib_host || !app_host || cls_end >= mem || p.img.nsegs >= MON_SEGS_MAX) {
        mon_err("%s: the classes (%llu KiB) do not fit in --memory %lluM",
                image, (unsigned long long)(classes >> 10),
                (unsigned long long)(mem / MB));
        return MON_EXIT_START;
    }
    if (map_classlib(libfd, lib_host, lib_size) < 0 &&
        read_all(libfd, lib_host, lib_size) < 0) {
        mon_err("%s: cannot read the class library image", libpath);
        return MON_EXIT_START;
    }
    close(libfd);
    if (mon_classimg_write(ci, app_host) < 0)
        return EXIT_CLASSPATH;
    mon_classpath_close();
    mon_classimg_free(ci);
    p.img.segs[p.img.nsegs++] = (struct mon_seg){ lib_gpa, cls_end - lib_gpa, PF_R };
    p.img.end = cls_end;
    rc = mon_boot_layout(&p);
    p.img.end = image_end;
    if (rc < 0)
        return MON_EXIT_START;
    mon_warm_start(&p);
    p.stats.t_load = mon_now();
    if (mon_kvm_open(&p.kvm, o->kvm_device) < 0 ||
        mon_mem_attach(&p.mem, p.kvm.vm) < 0 || mon_kvm_vcpu(&p.kvm) < 0)
        return MON_EXIT_START;
    p.stats.t_vcpu = mon_now();
    if (mon_boot_memory(&p) < 0 || mon_ring_setup(&p) < 0 ||
        mon_boot_vcpu(&p) < 0)
        return MON_EXIT_START;

    /* What `plinth boot` does not know: the class images and stdin. */
    struct plinth_boot_info *bi = mon_gpa(&p.mem, PLINTH_BOOTINFO_GPA, sizeof *bi);
    bi->classes = lib_gpa;
    bi->classes_size = lib_size;
    bi->app_classes = app_size ? app_gpa : 0;
    bi->app_classes_size = (uint64_t)app_size;
    if (bi->nregions < PLINTH_MEM_REGIONS_MAX)
        bi->regions[bi->nregions++] = (struct plinth_mem_region){
            lib_gpa, align_up(cls_end, 4096) - lib_gpa, PLINTH_MEM_CLASSES, 0 };
    bi->rings[PLINTH_STREAM_STDIN] = mon_input_setup(&p);
    if (isatty(0))
        bi->flags |= PLINTH_BOOT_STDIN_TTY;

    signal(SIGPIPE, SIG_IGN);
    p.vcpu_thread = pthread_self();
    if (o->timeout_ns && mon_vcpu_deadline(&p, o->timeout_ns) < 0)
        return MON_EXIT_START;
    if (mon_input_start(&p) < 0)
        return MON_EXIT_START;
    p.stats.t_setup = mon_now();
    if (o->stats) {
        warm_pages = mon_warm_finish();
        p.stats.pages_before_run = mon_mem_resident(&p.mem);
        p.stats.t_stats = mon_now() - p.stats.t_setup;
    }
    rc = mon_vcpu_run(&p);
    p.stats.t_run = mon_now();
    mon_warm_stop();
    if (o->stats)
        print_stats(&p, t_classes);
    return rc;
}

int mon_run_main(int argc, char **argv)
{
    static struct run_opts o;
    int rc = parse(argc, argv, &o);
    if (rc)
        return rc;
    if (o.hosted)
        return run_hosted(&o);
    return run_partition(&o);
}
