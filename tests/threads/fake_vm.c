/*
 * fake_vm.c: the VM core and platform calls thread.c and sync.c make,
 * faked for the unit tests (see fake_vm.h).
 */
#include "fake_vm.h"
#include "platform.h"
#include "thread.h"
#include "interp.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct vm_options vm_opts = { .java_stack_size = 64 * 1024, .c_stack_size = 64 * 1024 };
struct vm_class fake_thread_class = { .name = "java/lang/Thread" };
struct vm_class fake_object_class = { .name = "java/lang/Object" };
static struct vm_class fake_exc_class = { .name = "java/lang/RuntimeException" };
uint64_t fake_now = 1000000000;
uint64_t fake_idle_calls;

/* Methods are told apart by address. */
static char m_run, m_dispatch, m_exit, m_init_main;

/* ---- platform ------------------------------------------------------------ */

int64_t plat_write(int fd, const void *buf, size_t len) { return write(fd, buf, len); }
uint64_t plat_nanotime(void) { return fake_now; }
uint64_t plat_walltime_ns(void) { return fake_now + 1700000000000000000ull; }
void plat_idle_until(uint64_t deadline)
{
    fake_idle_calls++;
    if (deadline > fake_now)
        fake_now = deadline;
}
/* No test thread reads stdin: it is always ready, never waited on. */
bool plat_input_ready(void) { return true; }
void plat_idle_until_input(uint64_t deadline) { plat_idle_until(deadline); }
void *plat_reserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}
void plat_release(void *p, size_t bytes) { munmap(p, bytes); }
size_t plat_page_size(void) { return 4096; }
_Noreturn void plat_exit(int code) { fflush(stdout); exit(code); }
_Noreturn void plat_abort(const char *msg) { fprintf(stderr, "abort: %s\n", msg); abort(); }

/* ---- the core ------------------------------------------------------------ */

struct vm_class *vm_find_class(struct vm_thread *t, const char *name)
{
    (void)t;
    return strcmp(name, "java/lang/Thread") == 0 ? &fake_thread_class : NULL;
}

bool vm_init_class(struct vm_thread *t, struct vm_class *c) { (void)t; (void)c; return true; }

int32_t vm_field_offset(struct vm_class *c, const char *name, const char *desc)
{
    (void)c;
    (void)desc;
    if (!strcmp(name, "eetop")) return offsetof(struct fake_jthread, eetop);
    if (!strcmp(name, "interrupted")) return offsetof(struct fake_jthread, interrupted);
    if (!strcmp(name, "daemon")) return offsetof(struct fake_jthread, daemon);
    if (!strcmp(name, "name")) return offsetof(struct fake_jthread, name);
    return -1;
}

struct vm_method *vm_find_method(struct vm_class *c, const char *name, const char *desc)
{
    (void)desc;
    if (c != &fake_thread_class) return NULL;
    if (!strcmp(name, "run")) return (struct vm_method *)&m_run;
    if (!strcmp(name, "dispatchUncaughtException")) return (struct vm_method *)&m_dispatch;
    if (!strcmp(name, "exit")) return (struct vm_method *)&m_exit;
    if (!strcmp(name, "initMainThread")) return (struct vm_method *)&m_init_main;
    return NULL;
}

static struct vm_object *new_obj(struct vm_class *c, size_t size)
{
    struct vm_object *o = calloc(1, size);
    o->cls = c;
    return o;
}

struct vm_object *vm_new_object(struct vm_thread *t, struct vm_class *c)
{
    (void)t;
    return new_obj(c, c == &fake_thread_class ? sizeof(struct fake_jthread) : 64);
}

struct vm_object *fake_object_new(void)
{
    return new_obj(&fake_object_class, 64);
}

bool vm_call(struct vm_thread *t, struct vm_method *m, vm_value *args, vm_value *ret)
{
    (void)ret;
    struct fake_jthread *jt = (struct fake_jthread *)args[0].l;
    if (m == (struct vm_method *)&m_run) {
        if (jt->body)
            jt->body(jt->arg);
    } else if (m == (struct vm_method *)&m_dispatch) {
        jt->uncaught++;
    } else if (m == (struct vm_method *)&m_exit) {
        jt->exited++;
    }
    return t->exception == NULL;
}

bool interp_thread_init(struct vm_thread *t)
{
    size_t slots = vm_opts.java_stack_size / sizeof(vm_value) + INTERP_STACK_RESERVE;
    t->stack_base = t->stack_top = plat_reserve(slots * sizeof(vm_value));
    t->stack_limit = t->stack_base + slots - INTERP_STACK_RESERVE;
    return t->stack_base != NULL;
}

void fake_body_throw(void *arg)
{
    (void)arg;
    thread_current()->exception = new_obj(&fake_exc_class, 32);
}

bool vm_throw(struct vm_thread *t, const char *class_name, const char *fmt, ...)
{
    (void)fmt;
    fprintf(stderr, "vm_throw %s\n", class_name);
    t->exception = new_obj(&fake_exc_class, 32);
    return false;
}

char *vm_string_to_utf8(struct vm_object *str)
{
    (void)str;
    return strdup("fake");
}

const char *vm_class_java_name(struct vm_class *c, char *buf, size_t size)
{
    snprintf(buf, size, "%s", c->name);
    return buf;
}

/* ---- helpers for the tests ------------------------------------------------ */

static struct vm_thread main_thread;

struct vm_thread *fake_boot(const void *cstack_hi)
{
    thread_init(&main_thread, cstack_hi);
    if (!thread_create_main_object(&main_thread)) {
        fprintf(stderr, "fake_boot: no main Thread object\n");
        exit(2);
    }
    return &main_thread;
}

struct fake_jthread *fake_thread_new(void (*body)(void *), void *arg, bool daemon)
{
    struct fake_jthread *jt = (struct fake_jthread *)vm_new_object(NULL, &fake_thread_class);
    jt->body = body;
    jt->arg = arg;
    jt->daemon = daemon;
    return jt;
}
