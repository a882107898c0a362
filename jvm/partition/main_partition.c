/*
 * main_partition.c: the JVM's start inside a partition: plinth_main reads
 * the java flags the monitor passed through (`plinth run` consumed its own
 * and the class path), then starts the VM exactly as the hosted command
 * does (jvm/main_hosted.c): heap, main thread, core classes, System, the
 * main class's main(String[]).  The class path itself is already in guest
 * memory as a class image; `--plinth-cp=STRING` only names it for
 * java.class.path.
 *
 * The start-up sequence repeats main_hosted.c's; it should move into one
 * shared call of the core (docs/partition.md, "Open points").
 */
#include "class.h"
#include "exception.h"
#include "interp.h"
#include "native.h"
#include "platform.h"
#include "platform_partition.h"
#include "jstring.h"

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

static _Noreturn void cannot_create(void)
{
    err("Error: Could not create the Java Virtual Machine.\n"
        "Error: A fatal exception has occurred. Program will exit.\n");
    plat_exit(1);
}

static void errf2(const char *fmt, const char *a)
{
    char b[1024];
    snprintf(b, sizeof b, fmt, a);
    err(b);
}

/* "64m", "1g", "4096": bytes, or 0 if malformed (java's -Xmx syntax). */
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

static struct vm_thread main_thread;

static _Noreturn void finish(struct vm_thread *t, int code)
{
    thread_wait_for_non_daemons(t);
    plat_exit(code);
}

static void exc_message(struct vm_object *e, char *msg, size_t n)
{
    msg[0] = 0;
    int32_t off = vm_field_offset(e->cls, "detailMessage", "Ljava/lang/String;");
    if (off >= 0 && VM_FIELD(e, struct vm_object *, off))
        str_to_buf(VM_FIELD(e, struct vm_object *, off), msg, n);
}

static _Noreturn void startup_failed(struct vm_thread *t, const char *what)
{
    char b[2048];
    if (t->exception) {
        char jn[512], msg[1024];
        exc_message(t->exception, msg, sizeof msg);
        snprintf(b, sizeof b, "Error occurred during initialization of VM\n%s: %s%s%s\n", what,
                 vm_class_java_name(t->exception->cls, jn, sizeof jn), *msg ? ": " : "", msg);
    } else {
        snprintf(b, sizeof b, "Error occurred during initialization of VM\n%s\n", what);
    }
    err(b);
    plat_exit(1);
}

/* Parses the java flags; returns the index of the main class. */
static int parse_flags(int argc, char **argv, const char **cp, const char **props, int *nprops)
{
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--plinth-cp=", 12) == 0) {
            *cp = a + 12;
        } else if (strncmp(a, "-Xmx", 4) == 0) {
            size_t s = parse_size(a + 4);
            if (s == 0) {
                errf2("Invalid maximum heap size: %s\n", a);
                cannot_create();
            }
            vm_opts.heap_max = s < ((size_t)2 << 20) ? (size_t)2 << 20 : s;
        } else if (strncmp(a, "-Xms", 4) == 0) {
            if (parse_size(a + 4) == 0) {
                errf2("Invalid initial heap size: %s\n", a);
                cannot_create();
            }
        } else if (strncmp(a, "-Xss", 4) == 0) {
            size_t s = parse_size(a + 4);
            if (s == 0) {
                errf2("Invalid thread stack size: %s\n", a);
                cannot_create();
            }
            if (s < ((size_t)136 << 10)) {
                err("\nThe Java thread stack size specified is too small. Specify at least 136k\n");
                cannot_create();
            }
            vm_opts.java_stack_size = s;
        } else if (strncmp(a, "-D", 2) == 0 && a[2]) {
            props[(*nprops)++] = a + 2;
        } else if (strcmp(a, "-ea") == 0 || strcmp(a, "-enableassertions") == 0 ||
                   strncmp(a, "-ea:", 4) == 0 || strncmp(a, "-enableassertions:", 18) == 0) {
            vm_opts.assertions = true;
        } else if (strcmp(a, "-da") == 0 || strcmp(a, "-disableassertions") == 0 ||
                   strncmp(a, "-da:", 4) == 0) {
            vm_opts.assertions = false;
        } else if (strcmp(a, "-esa") == 0 || strcmp(a, "-dsa") == 0 || strcmp(a, "-server") == 0 ||
                   strcmp(a, "-client") == 0 || strcmp(a, "-Xint") == 0 ||
                   strcmp(a, "-Xshare:auto") == 0 || strcmp(a, "-Xshare:off") == 0) {
            /* accepted and meaningless here */
        } else if (strcmp(a, "-XX:+PlinthGCStress") == 0) {
            vm_opts.gc_stress = true;
        } else if (strcmp(a, "-XX:-PlinthGCStress") == 0) {
            vm_opts.gc_stress = false;
        } else if (strcmp(a, "-version") == 0 || strcmp(a, "--version") == 0 ||
                   strcmp(a, "-showversion") == 0 || strcmp(a, "--show-version") == 0) {
            static const char v[] =
                "plinth-jvm 0.1 (plinth's own JVM: class files up to version 61, Java 17 language)\n"
                "Interpreter, green threads, class library subset of java.base, in a partition\n";
            plat_write(a[1] == '-' ? 1 : 2, v, sizeof v - 1);
            if (strstr(a, "show") == NULL)
                plat_exit(0);
        } else if (strncmp(a, "-XX:", 4) == 0) {
            errf2("Unrecognized VM option '%s'\n", a + 4);
            cannot_create();
        } else {
            errf2("Unrecognized option: %s\n", a);
            cannot_create();
        }
    }
    return i;
}

static _Noreturn void main_class_failed(struct vm_thread *t, const char *main_name, const char *name)
{
    struct vm_object *e = t->exception;
    char jn[512], b[2048], msg[1024];
    vm_class_java_name(e->cls, jn, sizeof jn);
    t->exception = NULL;
    exc_message(e, msg, sizeof msg);
    if (strcmp(jn, "java.lang.NoClassDefFoundError") == 0 && strstr(msg, "wrong name") == NULL &&
        strcmp(msg, name) == 0)
        snprintf(b, sizeof b, "Error: Could not find or load main class %s\n"
                 "Caused by: java.lang.ClassNotFoundException: %s\n", main_name, main_name);
    else if (strstr(msg, "wrong name"))
        snprintf(b, sizeof b, "Error: Could not find or load main class %s\n"
                 "Caused by: java.lang.NoClassDefFoundError: %s\n", main_name, msg);
    else
        snprintf(b, sizeof b, "Error: LinkageError occurred while loading main class %s\n\t%s: %s\n",
                 main_name, jn, msg);
    err(b);
    plat_exit(1);
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
    phase("heap and main thread");
    if (!class_bootstrap(t))
        startup_failed(t, "java/lang/Object");
    phase("core classes bootstrapped");
    if (!thread_create_main_object(t))
        startup_failed(t, "java.lang.Thread");
    struct vm_class *sys = class_load(t, "java/lang/System");
    struct vm_method *init1 = sys ? class_find_method(sys, "initPhase1", "()V") : NULL;
    if (!sys || !init1 || !vm_init_class(t, sys) || !vm_call(t, init1, NULL, NULL))
        startup_failed(t, "java.lang.System");
    phase("System initialised");

    /* The main class: "a.b.C" or "a/b/C". */
    char *name = strdup(main_name);
    if (!name)
        plat_abort("out of memory");
    for (char *p = name; *p; p++)
        if (*p == '.')
            *p = '/';
    struct vm_class *mc = class_load(t, name);
    if (!mc)
        main_class_failed(t, main_name, name);
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
    phase("main class loaded");
    if (!vm_init_class(t, mc)) {
        exc_report_uncaught(t);
        finish(t, 1);
    }
    /* A snapshot is taken here: classes loaded and initialized, main not
     * yet called.  Each restored copy calls main with its own arguments. */
    char **margv = argv + i, **renvp;
    int nargs = argc - i, rargc;
    if (plat_partition_checkpoint(&rargc, &margv, &renvp)) {
        phase("restored from a snapshot");
        margv++;   /* past argv[0], the image */
        nargs = rargc > 0 ? rargc - 1 : 0;
    }
    struct vm_array *args = vm_new_ref_array(t, class_string, nargs);
    if (!args)
        startup_failed(t, "main arguments");
    for (int k = 0; k < nargs; k++) {
        struct vm_object *s = vm_string_from_utf8(t, margv[k], strlen(margv[k]));
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
    phase("main returned");
    finish(t, 0);
}
