/*
 * main_hosted.c: the hosted JVM's command line: the flags only it has
 * (class path, help, version), the class library's place, then the
 * start-up both commands share (vm_start.c).
 */
#include "class.h"
#include "exception.h"
#include "interp.h"
#include "native.h"
#include "platform.h"
#include "platform_hosted.h"
#include "jstring.h"
#include "vm_start.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct vm_options vm_opts;

static void err(const char *s) { plat_write(2, s, strlen(s)); }

static void usage(int fd)
{
    static const char u[] =
        "Usage: plinth-jvm [options] <mainclass> [args...]\n"
        "           (to execute a class)\n"
        "where options include:\n"
        "    -cp <class search path of directories>\n"
        "    -classpath <class search path of directories>\n"
        "    --class-path <class search path of directories>\n"
        "                  A : separated list of directories (jars: plinth run --hosted)\n"
        "    -D<name>=<value>\n"
        "                  set a system property\n"
        "    -ea, -enableassertions\n"
        "                  enable assertions\n"
        "    -Xmx<size>    set maximum Java heap size\n"
        "    -Xss<size>    set Java thread stack size\n"
        "    -XX:+PlinthGCStress\n"
        "                  collect garbage at every allocation (testing)\n"
        "    -version, --version\n"
        "                  print product version and exit\n"
        "    -h, -help, --help\n"
        "                  print this help message and exit\n";
    plat_write(fd, u, sizeof u - 1);
}

static char *classlib_dir(void)
{
    const char *env = getenv("PLINTH_CLASSLIB");
    if (env && *env)
        return strdup(env);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 64);
    if (n <= 0)
        return strdup("build/classlib/classes");
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = 0;
    /* build/plinth-jvm and build/asan/plinth-jvm share build/classlib. */
    char *dir = malloc(strlen(exe) + 32);
    sprintf(dir, "%s/classlib/classes", exe);
    if (access(dir, F_OK) != 0 && slash) {
        char *up = strrchr(exe, '/');
        if (up) {
            *up = 0;
            sprintf(dir, "%s/classlib/classes", exe);
        }
    }
    return dir;
}

int main(int argc, char **argv)
{
    int cstack_marker;
    const char *cp = NULL;
    const char **props = calloc((size_t)argc + 1, sizeof *props);
    int nprops = 0;
    vm_opts.heap_max = (size_t)512 << 20;
    vm_opts.java_stack_size = (size_t)1 << 20;
    vm_opts.c_stack_size = (size_t)256 << 10;
    const char *stress = getenv("PLINTH_GC_STRESS");
    vm_opts.gc_stress = stress && *stress && strcmp(stress, "0") != 0;

    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-cp") == 0 || strcmp(a, "-classpath") == 0 || strcmp(a, "--class-path") == 0) {
            if (i + 1 >= argc) {
                char b[256];
                snprintf(b, sizeof b, "Error: %s requires class path specification\n", a);
                err(b);
                usage(2);
                plat_exit(1);
            }
            cp = argv[++i];
        } else if (strncmp(a, "--class-path=", 13) == 0) {
            cp = a + 13;
        } else if (strncmp(a, "--plinth-app-image=", 19) == 0) {
            /* `plinth run --hosted` packed a class path with jars into a
             * class image open on this descriptor; -cp then only names it. */
            char *end, cperr[300], b[400];
            long fd = strtol(a + 19, &end, 10);
            if (end == a + 19 || *end || fd < 0 || fd > 1 << 20) {
                snprintf(b, sizeof b, "Error: %s: expected a descriptor number\n", a);
                err(b);
                plat_exit(1);
            }
            if (plat_hosted_set_app_image((int)fd, cperr, sizeof cperr) != 0) {
                snprintf(b, sizeof b, "Error: %s\n", cperr);
                err(b);
                plat_exit(1);
            }
        } else if (vm_start_flag(a, props, &nprops)) {
            /* one of java's common flags */
        } else if (strcmp(a, "-version") == 0 || strcmp(a, "--version") == 0 ||
                   strcmp(a, "-showversion") == 0 || strcmp(a, "--show-version") == 0) {
            static const char v[] =
                "plinth-jvm 0.1 (plinth's own JVM: class files up to version 61, Java 17 language)\n"
                "Interpreter, green threads, class library subset of java.base\n";
            int fd = a[1] == '-' ? 1 : 2;
            plat_write(fd, v, sizeof v - 1);
            if (strstr(a, "show") == NULL)
                plat_exit(0);
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "-help") == 0 || strcmp(a, "--help") == 0 ||
                   strcmp(a, "-?") == 0) {
            usage(a[1] == '-' ? 1 : 2);
            plat_exit(0);
        } else if (strcmp(a, "-jar") == 0) {
            err("Error: -jar needs plinth: use `plinth run --hosted -jar JAR`\n");
            plat_exit(1);
        } else {
            char b[512];
            snprintf(b, sizeof b, "Unrecognized option: %s\n", a);
            err(b);
            vm_start_cannot_create();
        }
    }
    if (i >= argc) {
        usage(2);
        plat_exit(1);
    }
    const char *main_name = argv[i++];

    char cperr[512];
    char *lib = classlib_dir();
    if (plat_hosted_set_class_path(lib, cp, cperr, sizeof cperr) != 0) {
        char b[600];
        snprintf(b, sizeof b, "Error: %s\n", cperr);
        err(b);
        plat_exit(1);
    }
    native_set_properties(props, nprops);

    vm_start(main_name, argc - i, argv + i, &cstack_marker, NULL);
}
