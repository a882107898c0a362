/*
 * weak_stubs.c: weak placeholders for every call in vm.h, so that the JVM
 * links while its modules are written side by side.  A module's real
 * (strong) definition replaces its placeholder; a placeholder that is
 * reached aborts naming itself.  Delete an entry once its module lands.
 */
#include "vm.h"
#include "platform.h"

#define WEAK __attribute__((weak))
#define MISSING(name) plat_abort("internal error: " name " is not implemented yet")

WEAK const struct vm_native vm_natives_core[1];
WEAK const struct vm_native vm_natives_heap[1];
WEAK const struct vm_native vm_natives_thread[1];
WEAK const struct vm_native vm_natives_lib[1];

WEAK bool heap_init(size_t max_bytes, bool stress) { (void)max_bytes; (void)stress; MISSING("heap_init"); }
WEAK struct vm_object *heap_alloc(struct vm_thread *t, size_t bytes) { (void)t; (void)bytes; MISSING("heap_alloc"); }
WEAK void heap_collect(struct vm_thread *t) { (void)t; MISSING("heap_collect"); }
WEAK size_t heap_used(void) { MISSING("heap_used"); }
WEAK size_t heap_committed(void) { MISSING("heap_committed"); }
WEAK size_t heap_max(void) { MISSING("heap_max"); }
WEAK struct vm_object *heap_object_at(const void *p) { (void)p; MISSING("heap_object_at"); }

WEAK void vm_roots_foreach(vm_root_fn fn, void *ctx) { (void)fn; (void)ctx; MISSING("vm_roots_foreach"); }
WEAK void thread_foreach_stack(vm_range_fn fn, void *ctx, const void *cur_sp) { (void)fn; (void)ctx; (void)cur_sp; MISSING("thread_foreach_stack"); }

WEAK void thread_init(struct vm_thread *m, const void *hi) { (void)m; (void)hi; MISSING("thread_init"); }
WEAK bool thread_create_main_object(struct vm_thread *m) { (void)m; MISSING("thread_create_main_object"); }
WEAK struct vm_thread *thread_current(void) { MISSING("thread_current"); }
WEAK bool thread_start(struct vm_thread *t, struct vm_object *j) { (void)t; (void)j; MISSING("thread_start"); }
WEAK void thread_preempt(struct vm_thread *t) { (void)t; MISSING("thread_preempt"); }
WEAK void thread_yield(struct vm_thread *t) { (void)t; MISSING("thread_yield"); }
WEAK bool thread_sleep(struct vm_thread *t, uint64_t ns) { (void)t; (void)ns; MISSING("thread_sleep"); }
WEAK void thread_wait_for_non_daemons(struct vm_thread *t) { (void)t; MISSING("thread_wait_for_non_daemons"); }

WEAK void sync_enter(struct vm_thread *t, struct vm_object *o) { (void)t; (void)o; MISSING("sync_enter"); }
WEAK bool sync_exit(struct vm_thread *t, struct vm_object *o) { (void)t; (void)o; MISSING("sync_exit"); }
WEAK int sync_wait(struct vm_thread *t, struct vm_object *o, int64_t ms, int32_t ns) { (void)t; (void)o; (void)ms; (void)ns; MISSING("sync_wait"); }
WEAK bool sync_notify(struct vm_thread *t, struct vm_object *o, bool all) { (void)t; (void)o; (void)all; MISSING("sync_notify"); }
WEAK bool sync_holds(struct vm_thread *t, struct vm_object *o) { (void)t; (void)o; MISSING("sync_holds"); }

WEAK struct vm_class *vm_find_class(struct vm_thread *t, const char *n) { (void)t; (void)n; MISSING("vm_find_class"); }
WEAK bool vm_init_class(struct vm_thread *t, struct vm_class *c) { (void)t; (void)c; MISSING("vm_init_class"); }
WEAK struct vm_object *vm_new_object(struct vm_thread *t, struct vm_class *c) { (void)t; (void)c; MISSING("vm_new_object"); }
WEAK struct vm_array *vm_new_array(struct vm_thread *t, enum vm_type e, int32_t n) { (void)t; (void)e; (void)n; MISSING("vm_new_array"); }
WEAK struct vm_array *vm_new_ref_array(struct vm_thread *t, struct vm_class *c, int32_t n) { (void)t; (void)c; (void)n; MISSING("vm_new_ref_array"); }
WEAK int32_t vm_field_offset(struct vm_class *c, const char *n, const char *d) { (void)c; (void)n; (void)d; MISSING("vm_field_offset"); }
WEAK vm_value *vm_static(struct vm_class *c, const char *n, const char *d) { (void)c; (void)n; (void)d; MISSING("vm_static"); }
WEAK struct vm_method *vm_find_method(struct vm_class *c, const char *n, const char *d) { (void)c; (void)n; (void)d; MISSING("vm_find_method"); }
WEAK bool vm_call(struct vm_thread *t, struct vm_method *m, vm_value *a, vm_value *r) { (void)t; (void)m; (void)a; (void)r; MISSING("vm_call"); }
WEAK struct vm_object *vm_string_from_utf8(struct vm_thread *t, const char *s, size_t n) { (void)t; (void)s; (void)n; MISSING("vm_string_from_utf8"); }
WEAK struct vm_object *vm_string_intern(struct vm_thread *t, struct vm_object *s) { (void)t; (void)s; MISSING("vm_string_intern"); }
WEAK char *vm_string_to_utf8(struct vm_object *s) { (void)s; MISSING("vm_string_to_utf8"); }
WEAK bool vm_throw(struct vm_thread *t, const char *c, const char *f, ...) { (void)t; (void)c; (void)f; MISSING("vm_throw"); }
WEAK bool vm_throw_object(struct vm_thread *t, struct vm_object *e) { (void)t; (void)e; MISSING("vm_throw_object"); }
WEAK const char *vm_class_java_name(struct vm_class *c, char *b, size_t n) { (void)c; (void)b; (void)n; MISSING("vm_class_java_name"); }
