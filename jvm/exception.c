/*
 * exception.c: exceptions in the VM.  Making and throwing them from C
 * (vm_throw), finding handlers, line numbers, backtraces (recorded by
 * Throwable.fillInStackTrace as (method, bci) pairs in a long[]) and the
 * StackTraceElements made from them, helpful NullPointerException
 * messages (npe.c's analysis lives here too), and the uncaught path.
 */
#include "exception.h"
#include "class.h"
#include "interp.h"
#include "platform.h"
#include "jstring.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* HotSpot's MaxJavaStackTraceDepth. */
#define MAX_TRACE 1024

/* Set while an exception class is loaded: a failure to load one would
 * otherwise recurse through NoClassDefFoundError forever.  No Java code
 * runs (and no thread switch happens) while it is set. */
static bool loading_exception_class;

bool vm_throw_object(struct vm_thread *t, struct vm_object *exc)
{
    t->exception = exc;
    return false;
}

bool vm_throw(struct vm_thread *t, const char *class_name, const char *fmt, ...)
{
    char msg[2048];
    bool has_msg = fmt != NULL;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
    }
    if (loading_exception_class) {
        char b[2300];
        snprintf(b, sizeof b, "error while loading an exception class: %s: %s", class_name, has_msg ? msg : "");
        plat_abort(b);
    }
    t->exception = NULL;
    struct vm_class *k = class_lookup(class_name);
    if (!k) {
        loading_exception_class = true;
        k = class_load(t, class_name);
        loading_exception_class = false;
    }
    if (!k) {
        char b[2300];
        snprintf(b, sizeof b, "cannot load %s to throw it (%s)", class_name, has_msg ? msg : "");
        plat_abort(b);
    }
    struct vm_object *o = NULL, *s = NULL;
    if (k->state != VM_CLASS_INITIALIZED && !vm_init_class(t, k))
        goto out;
    o = vm_new_object(t, k);
    if (!o)
        goto out;
    if (has_msg && !(s = vm_string_from_utf8(t, msg, strlen(msg))))
        goto out;
    struct vm_method *ctor = class_find_method(k, "<init>", "(Ljava/lang/String;)V");
    vm_value args[2];
    args[0].l = o;
    args[1].l = s;
    if (ctor && ctor->cls == k) {
        if (!vm_call(t, ctor, args, NULL))
            goto out;
    } else {
        ctor = class_find_method(k, "<init>", "()V");
        if (!ctor || !vm_call(t, ctor, args, NULL))
            goto out;
        if (s) {
            int32_t off = vm_field_offset(class_throwable, "detailMessage", "Ljava/lang/String;");
            VM_FIELD(o, struct vm_object *, off) = s;
        }
    }
    t->exception = o;
out:
    return false;
}

int32_t exc_find_handler(struct vm_thread *t, struct vm_method *m, uint32_t bci, struct vm_object *exc)
{
    for (uint16_t i = 0; i < m->nhandlers; i++) {
        const struct cf_handler *h = &m->handlers[i];
        if (bci < h->start || bci >= h->end)
            continue;
        if (h->catch_type == 0)
            return h->handler;
        struct vm_class *k = class_resolve_class(t, m->cls, h->catch_type);
        if (!k)
            return -1;     /* the loading error replaces the exception */
        if (class_is_assignable(exc->cls, k))
            return h->handler;
    }
    return -1;
}

int32_t exc_line_number(const struct vm_method *m, uint32_t bci)
{
    int32_t line = -1;
    uint32_t best = 0;
    for (uint32_t i = 0; i < m->nlines; i++) {
        if (m->lines[i].pc <= bci && (line < 0 || m->lines[i].pc >= best)) {
            best = m->lines[i].pc;
            line = m->lines[i].line;
        }
    }
    return line;
}

/* ---- backtraces ------------------------------------------------------------ */

static int32_t off_backtrace = -1, off_stack_trace = -1, off_detail = -1;

static void throwable_offsets(void)
{
    if (off_backtrace >= 0)
        return;
    off_backtrace = vm_field_offset(class_throwable, "backtrace", "Ljava/lang/Object;");
    off_stack_trace = vm_field_offset(class_throwable, "stackTrace", "[Ljava/lang/StackTraceElement;");
    off_detail = vm_field_offset(class_throwable, "detailMessage", "Ljava/lang/String;");
    if (off_backtrace < 0 || off_stack_trace < 0 || off_detail < 0)
        plat_abort("the class library lacks a VM-known field of Throwable");
}

static bool hidden_frame(const struct vm_frame *f)
{
    return f->m->cls->kind == VM_CLASS_INSTANCE && f->m->cls->ext->cf == NULL;
}

bool exc_fill_backtrace(struct vm_thread *t, struct vm_object *thr)
{
    throwable_offsets();
    struct vm_frame *f = t->frame;
    /* Skip fillInStackTrace itself and the exception's constructors. */
    while (f && f->m->cls->kind == VM_CLASS_INSTANCE && class_is_assignable(f->m->cls, class_throwable) &&
           strncmp(f->m->name, "fillInStackTrace", 16) == 0)
        f = f->prev;
    while (f && (f->m->flags & METH_INIT) && class_is_assignable(thr->cls, f->m->cls))
        f = f->prev;
    /* A native running in the top frame shows as its own frame; the
     * generated classes of lambdas are hidden, as HotSpot hides them. */
    struct vm_method *native = f && f->in_native ? interp_site_method(f->m, f->pc) : NULL;
    if (native && !(native->access & ACC_NATIVE))
        native = NULL;
    int32_t n = native ? 1 : 0;
    for (struct vm_frame *g = f; g && n < MAX_TRACE; g = g->prev)
        n += !hidden_frame(g);
    struct vm_array *a = vm_new_array(t, VM_T_LONG, n * 2);
    if (!a)
        return false;
    int64_t *d = VM_ARRAY_DATA(a);
    int32_t i = 0;
    if (native) {
        d[0] = (int64_t)(uintptr_t)native;
        d[1] = 0;
        i = 1;
    }
    for (struct vm_frame *g = f; g && i < n; g = g->prev) {
        if (hidden_frame(g))
            continue;
        d[2 * i] = (int64_t)(uintptr_t)g->m;
        d[2 * i + 1] = (int64_t)interp_frame_bci(g);
        i++;
    }
    VM_FIELD(thr, struct vm_object *, off_backtrace) = &a->hdr;
    VM_FIELD(thr, struct vm_object *, off_stack_trace) = NULL;
    return true;
}

struct vm_array *exc_stack_trace(struct vm_thread *t, struct vm_object *thr)
{
    throwable_offsets();
    struct vm_class *ste = class_load(t, "java/lang/StackTraceElement");
    if (!ste || !vm_init_class(t, ste))
        return NULL;
    struct vm_array *bt = (struct vm_array *)VM_FIELD(thr, struct vm_object *, off_backtrace);
    int32_t n = bt ? bt->length / 2 : 0;
    struct vm_array *r = vm_new_ref_array(t, ste, n);
    if (!r)
        return NULL;
    int32_t o_cls = vm_field_offset(ste, "declaringClass", "Ljava/lang/String;");
    int32_t o_meth = vm_field_offset(ste, "methodName", "Ljava/lang/String;");
    int32_t o_file = vm_field_offset(ste, "fileName", "Ljava/lang/String;");
    int32_t o_line = vm_field_offset(ste, "lineNumber", "I");
    int32_t o_mod = vm_field_offset(ste, "moduleName", "Ljava/lang/String;");
    if (o_cls < 0 || o_meth < 0 || o_file < 0 || o_line < 0)
        plat_abort("the class library lacks a VM-known field of StackTraceElement");
    for (int32_t i = 0; i < n; i++) {
        int64_t *d = VM_ARRAY_DATA(bt);
        struct vm_method *m = (struct vm_method *)(uintptr_t)d[2 * i];
        uint32_t bci = (uint32_t)d[2 * i + 1];
        struct vm_object *e = vm_new_object(t, ste);
        if (!e)
            return NULL;
        ((struct vm_object **)VM_ARRAY_DATA(r))[i] = e;
        char jn[512];
        vm_class_java_name(m->cls, jn, sizeof jn);
        struct vm_object *s;
        if (!(s = vm_string_from_utf8(t, jn, strlen(jn))))
            return NULL;
        VM_FIELD(e, struct vm_object *, o_cls) = s;
        if (!(s = vm_string_from_utf8(t, m->name, strlen(m->name))))
            return NULL;
        VM_FIELD(e, struct vm_object *, o_meth) = s;
        const char *sf = m->cls->ext->source_file;
        if (sf) {
            if (!(s = vm_string_from_utf8(t, sf, strlen(sf))))
                return NULL;
            VM_FIELD(e, struct vm_object *, o_file) = s;
        }
        VM_FIELD(e, int32_t, o_line) = (m->access & ACC_NATIVE) ? -2 : exc_line_number(m, bci);
        if (o_mod >= 0 && m->cls->ext->is_boot) {
            if (!(s = vm_string_from_utf8(t, "java.base", 9)))
                return NULL;
            VM_FIELD(e, struct vm_object *, o_mod) = s;
        }
    }
    return r;
}

/* ---- uncaught exceptions --------------------------------------------------- */

static void print_err(const char *s) { plat_write(2, s, strlen(s)); }

void exc_report_uncaught(struct vm_thread *t)
{
    struct vm_object *e = t->exception;
    if (!e)
        return;
    t->exception = NULL;
    if (t->jthread) {
        struct vm_method *d = class_find_method(t->jthread->cls, "dispatchUncaughtException",
                                                "(Ljava/lang/Throwable;)V");
        if (d) {
            vm_value args[2];
            args[0].l = t->jthread;
            args[1].l = e;
            if (vm_call(t, d, args, NULL))
                return;
            t->exception = NULL;
        }
    }
    /* No Thread object yet (start-up) or the handler failed: say it in C. */
    throwable_offsets();
    char jn[512], msg[1024];
    print_err("Exception in thread \"main\" ");
    print_err(vm_class_java_name(e->cls, jn, sizeof jn));
    struct vm_object *s = VM_FIELD(e, struct vm_object *, off_detail);
    if (s) {
        print_err(": ");
        print_err(str_to_buf(s, msg, sizeof msg));
    }
    print_err("\n");
    struct vm_array *bt = (struct vm_array *)VM_FIELD(e, struct vm_object *, off_backtrace);
    for (int32_t i = 0; bt && i < bt->length / 2; i++) {
        int64_t *d = VM_ARRAY_DATA(bt);
        struct vm_method *m = (struct vm_method *)(uintptr_t)d[2 * i];
        char line[1200];
        snprintf(line, sizeof line, "\tat %s.%s(%s:%d)\n", vm_class_java_name(m->cls, jn, sizeof jn),
                 m->name, m->cls->ext->source_file ? m->cls->ext->source_file : "Unknown Source",
                 exc_line_number(m, (uint32_t)d[2 * i + 1]));
        print_err(line);
    }
}
