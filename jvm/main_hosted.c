/*
 * main_hosted.c: the hosted JVM's command line (java's flags and error
 * messages) and start-up: heap, main thread, core classes, System, then
 * the main class's main(String[]).
 */
#include "class.h"
#include "exception.h"
#include "interp.h"
#include "native.h"
#include "platform.h"
#include "platform_hosted.h"
#include "jstring.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct vm_options vm_opts;

static void err(const char *s) { plat_write(2, s, strlen(s)); }

static _Noreturn void cannot_create(void)
{
    err("Error: Could not create the Java Virtual Machine.\n"
        "Error: A fatal exception has occurred. Program will exit.\n");
    plat_exit(1);
}

static void usage(int fd)
{
    static const char u[] =
        "Usage: plinth-jvm [options] <mainclass> [args...]\n"
        "           (to execute a class)\n"
        "where options include:\n"
        "    -cp <class search path of directories>\n"
        "    -classpath <class search path of directories>\n"
        "    --class-path <class search path of directories>\n"
        "                  A : separated list of directories (jar files come later)\n"
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

/* "64m", "1g", "4096": bytes, or 0 if malformed. */
static size_t parse_size(const char *s)
{
    if (!*s)
        return 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s)
        return 0;
    unsigned long long mul = 1;
    switch (*end) {
    case 0: break;
    case 'k': case 'K': mul = 1ull << 10; end++; break;
    case 'm': case 'M': mul = 1ull << 20; end++; break;
    case 'g': case 'G': mul = 1ull << 30; end++; break;
    case 't': case 'T': mul = 1ull << 40; end++; break;
    default: return 0;
    }
    if (*end || v > (~0ull) / mul)
        return 0;
    return (size_t)(v * mul);
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

static struct vm_thread main_thread;

static _Noreturn void finish(struct vm_thread *t, int code)
{
    thread_wait_for_non_daemons(t);
    plat_exit(code);
}

/* An exception during start-up, before main: report and exit 1. */
static _Noreturn void startup_failed(struct vm_thread *t, const char *what)
{
    if (t->exception) {
        char jn[512], msg[1024] = "";
        struct vm_object *e = t->exception;
        int32_t off = vm_field_offset(e->cls, "detailMessage", "Ljava/lang/String;");
        if (off >= 0 && VM_FIELD(e, struct vm_object *, off))
            str_to_buf(VM_FIELD(e, struct vm_object *, off), msg, sizeof msg);
        char b[2048];
        snprintf(b, sizeof b, "Error occurred during initialization of VM\n%s: %s%s%s\n", what,
                 vm_class_java_name(e->cls, jn, sizeof jn), *msg ? ": " : "", msg);
        err(b);
    } else {
        char b[512];
        snprintf(b, sizeof b, "Error occurred during initialization of VM\n%s\n", what);
        err(b);
    }
    plat_exit(1);
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
        } else if (strncmp(a, "-Xmx", 4) == 0) {
            size_t s = parse_size(a + 4);
            if (s == 0) {
                char b[256];
                snprintf(b, sizeof b, "Invalid maximum heap size: %s\n", a);
                err(b);
                cannot_create();
            }
            vm_opts.heap_max = s < ((size_t)2 << 20) ? (size_t)2 << 20 : s;
        } else if (strncmp(a, "-Xms", 4) == 0) {
            if (parse_size(a + 4) == 0) {
                char b[256];
                snprintf(b, sizeof b, "Invalid initial heap size: %s\n", a);
                err(b);
                cannot_create();
            }
        } else if (strncmp(a, "-Xss", 4) == 0) {
            size_t s = parse_size(a + 4);
            if (s == 0) {
                char b[256];
                snprintf(b, sizeof b, "Invalid thread stack size: %s\n", a);
                err(b);
                cannot_create();
            }
            if (s < ((size_t)136 << 10)) {
                err("\nThe Java thread stack size specified is too small. Specify at least 136k\n");
                cannot_create();
            }
            vm_opts.java_stack_size = s;
        } else if (strncmp(a, "-D", 2) == 0 && a[2]) {
            props[nprops++] = a + 2;
        } else if (strcmp(a, "-ea") == 0 || strcmp(a, "-enableassertions") == 0 ||
                   strncmp(a, "-ea:", 4) == 0 || strncmp(a, "-enableassertions:", 18) == 0) {
            vm_opts.assertions = true;
        } else if (strcmp(a, "-da") == 0 || strcmp(a, "-disableassertions") == 0 ||
                   strncmp(a, "-da:", 4) == 0 || strcmp(a, "-esa") == 0 || strcmp(a, "-dsa") == 0) {
            if (a[1] == 'd' && a[2] == 'a')
                vm_opts.assertions = false;
        } else if (strcmp(a, "-XX:+PlinthGCStress") == 0) {
            vm_opts.gc_stress = true;
        } else if (strcmp(a, "-XX:-PlinthGCStress") == 0) {
            vm_opts.gc_stress = false;
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
            err("Error: -jar is not supported yet (extract the jar and use -cp)\n");
            plat_exit(1);
        } else if (strcmp(a, "-server") == 0 || strcmp(a, "-client") == 0 || strcmp(a, "-Xint") == 0 ||
                   strcmp(a, "-Xshare:auto") == 0 || strcmp(a, "-Xshare:off") == 0) {
            /* accepted and meaningless here */
        } else if (strncmp(a, "-XX:", 4) == 0) {
            char b[512];
            const char *opt = a + 4;
            if (*opt == '+' || *opt == '-')
                opt++;
            snprintf(b, sizeof b, "Unrecognized VM option '%s'\n", opt);
            err(b);
            cannot_create();
        } else {
            char b[512];
            snprintf(b, sizeof b, "Unrecognized option: %s\n", a);
            err(b);
            cannot_create();
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

    struct vm_thread *t = &main_thread;
    if (!heap_init(vm_opts.heap_max, vm_opts.gc_stress)) {
        err("Error occurred during initialization of VM\nCould not reserve enough space for object heap\n");
        plat_exit(1);
    }
    main_thread.id = 1;
    main_thread.state = VM_THREAD_RUNNABLE;
    if (!interp_thread_init(t)) {
        err("Error occurred during initialization of VM\nCould not reserve the Java stack\n");
        plat_exit(1);
    }
    thread_init(t, &cstack_marker);
    if (!class_bootstrap(t))
        startup_failed(t, "java/lang/Object");
    if (!thread_create_main_object(t))
        startup_failed(t, "java.lang.Thread");
    struct vm_class *sys = class_load(t, "java/lang/System");
    struct vm_method *init1 = sys ? class_find_method(sys, "initPhase1", "()V") : NULL;
    if (!sys || !init1 || !vm_init_class(t, sys) || !vm_call(t, init1, NULL, NULL))
        startup_failed(t, "java.lang.System");

    /* The main class: "a.b.C" or "a/b/C". */
    char *name = strdup(main_name);
    for (char *p = name; *p; p++)
        if (*p == '.')
            *p = '/';
    struct vm_class *mc = class_load(t, name);
    if (!mc) {
        struct vm_object *e = t->exception;
        char jn[512], b[2048], msg[1024] = "";
        vm_class_java_name(e->cls, jn, sizeof jn);
        t->exception = NULL;
        int32_t off = vm_field_offset(e->cls, "detailMessage", "Ljava/lang/String;");
        if (off >= 0 && VM_FIELD(e, struct vm_object *, off))
            str_to_buf(VM_FIELD(e, struct vm_object *, off), msg, sizeof msg);
        if (strcmp(jn, "java.lang.NoClassDefFoundError") == 0 && strstr(msg, "wrong name") == NULL &&
            strcmp(msg, name) == 0) {
            snprintf(b, sizeof b, "Error: Could not find or load main class %s\n"
                     "Caused by: java.lang.ClassNotFoundException: %s\n", main_name, main_name);
        } else if (strstr(msg, "wrong name")) {
            snprintf(b, sizeof b, "Error: Could not find or load main class %s\n"
                     "Caused by: java.lang.NoClassDefFoundError: %s\n", main_name, msg);
        } else if (strcmp(jn, "java.lang.VerifyError") == 0) {
            /* HotSpot verifies while linking: its launcher says "initialize". */
            snprintf(b, sizeof b, "Error: Unable to initialize main class %s\nCaused by: %s: %s\n",
                     main_name, jn, msg);
        } else {
            snprintf(b, sizeof b, "Error: LinkageError occurred while loading main class %s\n\t%s: %s\n",
                     main_name, jn, msg);
        }
        err(b);
        plat_exit(1);
    }
    struct vm_method *mm = class_find_declared_method(mc, sym_main, sym_main_desc);
    if (!mm || !(mm->access & ACC_STATIC) || !(mm->access & ACC_PUBLIC)) {
        char b[1024], jn[512];
        vm_class_java_name(mc, jn, sizeof jn);
        if (mm && !(mm->access & ACC_STATIC))
            snprintf(b, sizeof b, "Error: Main method is not static in class %s, please define the main method as:\n"
                     "   public static void main(String[] args)\n", jn);
        else
            snprintf(b, sizeof b, "Error: Main method not found in class %s, please define the main method as:\n"
                     "   public static void main(String[] args)\n"
                     "or a JavaFX application class must extend javafx.application.Application\n", jn);
        err(b);
        plat_exit(1);
    }
    if (!vm_init_class(t, mc)) {
        exc_report_uncaught(t);
        finish(t, 1);
    }
    int nargs = argc - i;
    struct vm_array *args = vm_new_ref_array(t, class_string, nargs);
    if (!args)
        startup_failed(t, "main arguments");
    for (int k = 0; k < nargs; k++) {
        struct vm_object *s = vm_string_from_utf8(t, argv[i + k], strlen(argv[i + k]));
        if (!s)
            startup_failed(t, "main arguments");
        ((struct vm_object **)VM_ARRAY_DATA(args))[k] = s;
    }
    vm_value a[1];
    a[0].l = &args->hdr;
    if (!vm_call(t, mm, a, NULL)) {
        exc_report_uncaught(t);
        finish(t, 1);
    }
    finish(t, 0);
}
