/*
 * vm_start.c: the start-up sequence the hosted and partition commands
 * share, so that both start the VM and fail the same way: java's common
 * flags, heap, main thread, core classes, System, the main class, main().
 */
#include "vm_start.h"
#include "class.h"
#include "exception.h"
#include "interp.h"
#include "platform.h"
#include "jstring.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void err(const char *s) { plat_write(2, s, strlen(s)); }

static void errf(const char *fmt, const char *a)
{
    char b[1024];
    snprintf(b, sizeof b, fmt, a);
    err(b);
}

_Noreturn void vm_start_cannot_create(void)
{
    err("Error: Could not create the Java Virtual Machine.\n"
        "Error: A fatal exception has occurred. Program will exit.\n");
    plat_exit(1);
}

size_t vm_start_parse_size(const char *s)
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

bool vm_start_flag(const char *a, const char **props, int *nprops)
{
    if (strncmp(a, "-Xmx", 4) == 0) {
        size_t s = vm_start_parse_size(a + 4);
        if (s == 0) {
            errf("Invalid maximum heap size: %s\n", a);
            vm_start_cannot_create();
        }
        vm_opts.heap_max = s < ((size_t)2 << 20) ? (size_t)2 << 20 : s;
    } else if (strncmp(a, "-Xms", 4) == 0) {
        if (vm_start_parse_size(a + 4) == 0) {
            errf("Invalid initial heap size: %s\n", a);
            vm_start_cannot_create();
        }
    } else if (strncmp(a, "-Xss", 4) == 0) {
        size_t s = vm_start_parse_size(a + 4);
        if (s == 0) {
            errf("Invalid thread stack size: %s\n", a);
            vm_start_cannot_create();
        }
        if (s < ((size_t)136 << 10)) {
            err("\nThe Java thread stack size specified is too small. Specify at least 136k\n");
            vm_start_cannot_create();
        }
        vm_opts.java_stack_size = s;
    } else if (strncmp(a, "-D", 2) == 0 && a[2]) {
        props[(*nprops)++] = a + 2;
    } else if (strcmp(a, "-ea") == 0 || strcmp(a, "-enableassertions") == 0 ||
               strncmp(a, "-ea:", 4) == 0 || strncmp(a, "-enableassertions:", 18) == 0) {
        vm_opts.assertions = true;
    } else if (strcmp(a, "-da") == 0 || strcmp(a, "-disableassertions") == 0 || strncmp(a, "-da:", 4) == 0) {
        vm_opts.assertions = false;
    } else if (strcmp(a, "-esa") == 0 || strcmp(a, "-dsa") == 0 || strcmp(a, "-server") == 0 ||
               strcmp(a, "-client") == 0 || strcmp(a, "-Xint") == 0 ||
               strcmp(a, "-Xshare:auto") == 0 || strcmp(a, "-Xshare:off") == 0) {
        /* accepted and meaningless here */
    } else if (strcmp(a, "-XX:+PlinthGCStress") == 0) {
        vm_opts.gc_stress = true;
    } else if (strcmp(a, "-XX:-PlinthGCStress") == 0) {
        vm_opts.gc_stress = false;
    } else if (strncmp(a, "-XX:", 4) == 0) {
        const char *opt = a + 4;
        if (*opt == '+' || *opt == '-')
            opt++;
        errf("Unrecognized VM option '%s'\n", opt);
        vm_start_cannot_create();
    } else {
        return false;
    }
    return true;
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

/* An exception during start-up, before main: report and exit 1. */
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

/* The launcher's messages when the main class does not load, or does not
 * link (verify): HotSpot's launcher links it while looking up main. */
static _Noreturn void main_class_failed(struct vm_thread *t, const char *main_name, const char *name,
                                        bool linking)
{
    struct vm_object *e = t->exception;
    char jn[512], b[2048], msg[1024];
    vm_class_java_name(e->cls, jn, sizeof jn);
    t->exception = NULL;
    exc_message(e, msg, sizeof msg);
    if (strcmp(jn, "java.lang.SecurityException") == 0)
        snprintf(b, sizeof b, "Error: A JNI error has occurred, please check your installation and try again\n"
                 "Exception in thread \"main\" %s: %s\n", jn, msg);
    else if (strcmp(jn, "java.lang.NoClassDefFoundError") == 0 && strstr(msg, "wrong name") == NULL &&
        strcmp(msg, name) == 0)
        snprintf(b, sizeof b, "Error: Could not find or load main class %s\n"
                 "Caused by: java.lang.ClassNotFoundException: %s\n", main_name, main_name);
    else if (strstr(msg, "wrong name"))
        snprintf(b, sizeof b, "Error: Could not find or load main class %s\n"
                 "Caused by: java.lang.NoClassDefFoundError: %s\n", main_name, msg);
    else if (linking)
        snprintf(b, sizeof b, "Error: Unable to initialize main class %s\nCaused by: %s: %s\n",
                 main_name, jn, msg);
    else
        snprintf(b, sizeof b, "Error: LinkageError occurred while loading main class %s\n\t%s: %s\n",
                 main_name, jn, msg);
    err(b);
    plat_exit(1);
}

static void phase(const struct vm_start_hooks *h, const char *what)
{
    if (h && h->phase)
        h->phase(what);
}

_Noreturn void vm_start(const char *main_name, int nargs, char **argv, void *cstack_marker,
                        const struct vm_start_hooks *hooks)
{
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
    thread_init(t, cstack_marker);
    phase(hooks, "heap and main thread");
    if (!class_bootstrap(t))
        startup_failed(t, "java/lang/Object");
    phase(hooks, "core classes bootstrapped");
    if (!thread_create_main_object(t))
        startup_failed(t, "java.lang.Thread");
    struct vm_class *sys = class_load(t, "java/lang/System");
    struct vm_method *init1 = sys ? class_find_method(sys, "initPhase1", "()V") : NULL;
    if (!sys || !init1 || !vm_init_class(t, sys) || !vm_call(t, init1, NULL, NULL))
        startup_failed(t, "java.lang.System");
    phase(hooks, "System initialised");

    /* The main class: "a.b.C" or "a/b/C". */
    char *name = strdup(main_name);
    if (!name)
        plat_abort("out of memory");
    for (char *p = name; *p; p++)
        if (*p == '.')
            *p = '/';
    struct vm_class *mc = class_load(t, name);
    if (!mc)
        main_class_failed(t, main_name, name, false);
    if (!class_link(t, mc))
        main_class_failed(t, main_name, name, true);
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
    phase(hooks, "main class loaded");
    if (!vm_init_class(t, mc)) {
        exc_report_uncaught(t);
        finish(t, 1);
    }
    if (hooks && hooks->before_main)
        hooks->before_main(&nargs, &argv);
    struct vm_array *args = vm_new_ref_array(t, class_string, nargs);
    if (!args)
        startup_failed(t, "main arguments");
    for (int k = 0; k < nargs; k++) {
        struct vm_object *s = vm_string_from_utf8(t, argv[k], strlen(argv[k]));
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
    phase(hooks, "main returned");
    finish(t, 0);
}
