/*
 * test_heap.c: unit tests of jvm/heap.c, linked alone with fake classes, a
 * fake platform, and fake roots and stacks that each test controls.
 *
 * Usage: test_heap [PREFIX]; prints "PASS heap/PREFIX/name" or "FAIL ...".
 * By default the collector sees only the roots in `roots` and the words in
 * `fake_stack`, so "unreachable" is exact; tests that want the real C stack
 * scanned set scan_c_stack.
 */
#include "heap.h"
#include "platform.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ---- the fake platform -------------------------------------------------- */

void *plat_reserve(size_t bytes)
{
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}
void plat_release(void *p, size_t bytes) { munmap(p, bytes); }
/* A discard that leaves garbage (as a restored copy's may: the snapshot's
 * bytes): the heap must clear what it takes again. */
static size_t discarded;
void plat_discard(void *p, size_t bytes)
{
    memset(p, 0xdb, bytes);
    discarded += bytes;
}
size_t plat_page_size(void) { return (size_t)sysconf(_SC_PAGESIZE); }
char **plat_environ(void)
{
    extern char **environ;
    return environ;
}
int64_t plat_write(int fd, const void *buf, size_t len) { return write(fd, buf, len); }
_Noreturn void plat_abort(const char *msg)
{
    fprintf(stderr, "plat_abort: %s\n", msg);
    abort();
}

/* ---- fake roots and stacks ---------------------------------------------- */

#define NROOTS 256
static struct vm_object *roots[NROOTS];
static uintptr_t fake_stack[64];
static bool scan_c_stack;
static const void *c_stack_hi;

void vm_roots_foreach(vm_root_fn fn, void *ctx)
{
    for (int i = 0; i < NROOTS; i++)
        fn(&roots[i], ctx);
}

void thread_foreach_stack(vm_range_fn fn, void *ctx, const void *cur_sp)
{
    fn(fake_stack, fake_stack + 64, ctx);
    if (scan_c_stack)
        fn(cur_sp, c_stack_hi, ctx);
}

/* ---- fake classes ------------------------------------------------------- */

static uint32_t node_offsets[] = { 24, 32, 40, 48 };
/* Nodes: a 64-bit id at 16, then k references: k = 0, 1, 2, 4. */
static struct vm_class node_cls[4] = {
    { .name = "N0", .kind = VM_CLASS_INSTANCE, .instance_size = 24, .nrefs = 0, .ref_offsets = node_offsets },
    { .name = "N1", .kind = VM_CLASS_INSTANCE, .instance_size = 32, .nrefs = 1, .ref_offsets = node_offsets },
    { .name = "N2", .kind = VM_CLASS_INSTANCE, .instance_size = 40, .nrefs = 2, .ref_offsets = node_offsets },
    { .name = "N4", .kind = VM_CLASS_INSTANCE, .instance_size = 56, .nrefs = 4, .ref_offsets = node_offsets },
};
static const int node_nrefs[4] = { 0, 1, 2, 4 };
static struct vm_class empty_cls = { .name = "E", .kind = VM_CLASS_INSTANCE, .instance_size = 16 };
static struct vm_class objarr_cls = { .name = "[Ljava/lang/Object;", .kind = VM_CLASS_ARRAY, .elem_type = VM_T_REF, .elem_size = 8 };
static struct vm_class intarr_cls = { .name = "[I", .kind = VM_CLASS_ARRAY, .elem_type = VM_T_INT, .elem_size = 4 };
static struct vm_class bytearr_cls = { .name = "[B", .kind = VM_CLASS_ARRAY, .elem_type = VM_T_BYTE, .elem_size = 1 };

static struct vm_thread the_thread;
#define T (&the_thread)

#define ID(o) VM_FIELD(o, uint64_t, 16)
#define REF(o, i) VM_FIELD(o, struct vm_object *, node_offsets[i])
#define ELEMS(a) ((struct vm_object **)VM_ARRAY_DATA(a))
#define INTS(a) ((int32_t *)VM_ARRAY_DATA(a))

static size_t array_bytes(const struct vm_class *c, int32_t len)
{
    return (sizeof(struct vm_array) + (size_t)len * c->elem_size + 7) & ~(size_t)7;
}

static struct vm_object *new_node(int k, uint64_t id)
{
    struct vm_object *o = heap_alloc(T, node_cls[k].instance_size);
    if (o) {
        o->cls = &node_cls[k];
        ID(o) = id;
    }
    return o;
}

static struct vm_array *new_array(struct vm_class *c, int32_t len)
{
    struct vm_array *a = (struct vm_array *)heap_alloc(T, array_bytes(c, len));
    if (a) {
        a->hdr.cls = c;
        a->length = len;
    }
    return a;
}

/* ---- the harness -------------------------------------------------------- */

static char failure[512];
static const char *prefix = "";

static bool fail(const char *fmt, ...)
{
    if (failure[0])
        return false;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(failure, sizeof failure, fmt, ap);
    va_end(ap);
    return false;
}

#define CHECK(cond, ...) do { if (!(cond)) { fail("%s:%d: %s: ", __FILE__, __LINE__, #cond); \
    size_t n_ = strlen(failure); snprintf(failure + n_, sizeof failure - n_, __VA_ARGS__); return; } } while (0)

static void setup(size_t max, bool stress)
{
    memset(roots, 0, sizeof roots);
    memset(fake_stack, 0, sizeof fake_stack);
    scan_c_stack = false;
    if (!heap_init(max, stress)) {
        fprintf(stderr, "heap_init failed\n");
        abort();
    }
}

static void teardown(void)
{
    if (!failure[0] && heap_verify() != 0)
        fail("heap_verify found errors (see above)");
    heap_shutdown();
}

static size_t collections(void)
{
    struct heap_stats st;
    heap_get_stats(&st);
    return st.collections;
}

/* xorshift64*: the randomised tests are seeded and repeatable. */
static uint64_t rng_state;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1DULL;
}
static uint32_t rnd_below(uint32_t n) { return (uint32_t)(rnd() % n); }

/* ---- tests -------------------------------------------------------------- */

static void test_footprint(void)
{
    setup(16 << 20, false);
    for (size_t b = 1; b <= 3 * HEAP_SMALL_MAX; b++) {
        size_t f = heap_footprint(b);
        CHECK(f >= b && f >= sizeof(struct vm_object), "footprint(%zu) = %zu", b, f);
        CHECK(f % 8 == 0, "footprint(%zu) = %zu", b, f);
        if (b <= HEAP_SMALL_MAX)
            CHECK(f <= 16 || f <= b + b / 4 + 8, "footprint(%zu) = %zu wastes too much", b, f);
        else
            CHECK(f < b + 4096, "footprint(%zu) = %zu wastes more than a page", b, f);
    }
}

static void test_alloc_aligned_zeroed(void)
{
    setup(16 << 20, false);
    /* Fill objects with junk, drop them, and check that their reused
     * memory comes back zeroed. */
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 20000; i++) {
            size_t bytes = 16 + (size_t)(i % 300) * 8;
            if (i % 1000 == 999)
                bytes = HEAP_SMALL_MAX + (size_t)i * 3;   /* some large ones */
            unsigned char *p = (unsigned char *)heap_alloc(T, bytes);
            CHECK(p != NULL, "allocation %d of %zu bytes failed", i, bytes);
            CHECK(((uintptr_t)p & 7) == 0, "%p is not 8-aligned", (void *)p);
            for (size_t k = 0; k < bytes; k++)
                CHECK(p[k] == 0, "byte %zu of a %zu-byte object is %d", k, bytes, p[k]);
            memset(p, 0xa5, bytes);
            if (bytes < sizeof(struct vm_array)) {
                ((struct vm_object *)p)->cls = &empty_cls;
            } else {
                ((struct vm_object *)p)->cls = &bytearr_cls;
                ((struct vm_array *)p)->length = (int32_t)(bytes - sizeof(struct vm_array));
            }
        }
        heap_collect(T);
        CHECK(heap_used() == 0, "%zu bytes used with no roots", heap_used());
    }
}

static void test_many_small(void)
{
    setup(64 << 20, false);
    /* Keep every 10th object, through an array; the rest is garbage. */
    struct vm_array *keep = new_array(&objarr_cls, 10000);
    CHECK(keep != NULL, "no keep array");
    roots[0] = &keep->hdr;
    for (int i = 0; i < 100000; i++) {
        struct vm_object *o = new_node(i % 4, (uint64_t)i);
        CHECK(o != NULL, "allocation %d failed", i);
        if (i % 10 == 0)
            ELEMS(keep)[i / 10] = o;
    }
    heap_collect(T);
    size_t expect = heap_footprint(array_bytes(&objarr_cls, 10000));
    for (int i = 0; i < 100000; i += 10)
        expect += heap_footprint(node_cls[i % 4].instance_size);
    CHECK(heap_used() == expect, "used %zu, live objects take %zu", heap_used(), expect);
    for (int i = 0; i < 10000; i++) {
        struct vm_object *o = ELEMS(keep)[i];
        CHECK(heap_object_at(o) == o, "kept object %d was freed", i);
        CHECK(ID(o) == (uint64_t)i * 10 && o->cls == &node_cls[(i * 10) % 4], "kept object %d changed", i);
    }
    roots[0] = NULL;
    heap_collect(T);
    CHECK(heap_used() == 0, "%zu bytes used with no roots", heap_used());
}

static void test_roots_survive(void)
{
    setup(16 << 20, false);
    for (int i = 0; i < NROOTS; i++) {
        roots[i] = new_node(3, 1000u + (uint64_t)i);
        CHECK(roots[i] != NULL, "allocation failed");
        for (int k = 0; k < 4; k++) {
            struct vm_array *a = new_array(&intarr_cls, 50 + i);
            CHECK(a != NULL, "allocation failed");
            for (int j = 0; j < a->length; j++)
                INTS(a)[j] = i * 1000 + j + k;
            REF(roots[i], k) = &a->hdr;
        }
    }
    /* Churn so that collections happen on their own, then one more. */
    for (int i = 0; i < 200000; i++)
        CHECK(new_node(i % 4, 7) != NULL, "garbage allocation failed");
    heap_collect(T);
    CHECK(collections() >= 2, "only %zu collections", collections());
    for (int i = 0; i < NROOTS; i++) {
        CHECK(ID(roots[i]) == 1000u + (uint64_t)i, "root %d id changed", i);
        for (int k = 0; k < 4; k++) {
            struct vm_array *a = (struct vm_array *)REF(roots[i], k);
            CHECK(a->hdr.cls == &intarr_cls && a->length == 50 + i, "root %d array %d header changed", i, k);
            for (int j = 0; j < a->length; j++)
                CHECK(INTS(a)[j] == i * 1000 + j + k, "root %d array %d element %d changed", i, k, j);
        }
    }
}

static void test_chains_and_cycles(void)
{
    setup(32 << 20, false);
    /* A long chain: marking must not recurse. */
    for (int i = 0; i < 200000; i++) {
        struct vm_object *n = new_node(1, (uint64_t)i);
        CHECK(n != NULL, "allocation failed");
        REF(n, 0) = roots[0];
        roots[0] = n;
    }
    /* A cycle of 1000, rooted through one member; and an unrooted one. */
    for (int c = 1; c <= 2; c++) {
        struct vm_object *first = new_node(2, 0);
        CHECK(first != NULL, "allocation failed");
        roots[c] = first;
        struct vm_object *prev = first;
        for (int i = 1; i < 1000; i++) {
            struct vm_object *n = new_node(2, (uint64_t)i);
            CHECK(n != NULL, "allocation failed");
            REF(prev, 0) = n;
            REF(n, 1) = prev;
            prev = n;   /* reachable from roots[c] through the chain */
        }
        REF(prev, 0) = first;
        REF(first, 1) = prev;
    }
    struct vm_object *lost = roots[2];
    roots[2] = NULL;
    heap_collect(T);
    int len = 0;
    for (struct vm_object *n = roots[0]; n; n = REF(n, 0), len++)
        CHECK(ID(n) == (uint64_t)(199999 - len), "chain element %d has id %llu", len, (unsigned long long)ID(n));
    CHECK(len == 200000, "chain has %d elements", len);
    struct vm_object *n = roots[1];
    for (int i = 0; i < 1000; i++, n = REF(n, 0))
        CHECK(ID(n) == (uint64_t)i && REF(REF(n, 0), 1) == n, "cycle broken at %d", i);
    CHECK(n == roots[1], "cycle does not close");
    CHECK(heap_object_at(lost) == NULL, "unrooted cycle survived");
    size_t expect = 200000 * heap_footprint(32) + 1000 * heap_footprint(40);
    CHECK(heap_used() == expect, "used %zu, live objects take %zu", heap_used(), expect);
}

static void test_object_arrays(void)
{
    setup(32 << 20, false);
    /* A small and a large array of references (the large one has its own pages). */
    int32_t lens[2] = { 500, 5000 };
    for (int k = 0; k < 2; k++) {
        struct vm_array *a = new_array(&objarr_cls, lens[k]);
        CHECK(a != NULL, "allocation failed");
        roots[k] = &a->hdr;
        for (int i = 0; i < lens[k]; i++) {
            struct vm_object *n = new_node(0, (uint64_t)(k * 100000 + i));
            CHECK(n != NULL, "allocation failed");
            ELEMS(a)[i] = n;
        }
    }
    heap_collect(T);
    size_t before = heap_used();
    struct vm_object *dropped[2500];
    struct vm_array *big = (struct vm_array *)roots[1];
    for (int i = 0; i < 5000; i += 2) {
        dropped[i / 2] = ELEMS(big)[i];
        ELEMS(big)[i] = NULL;
    }
    heap_collect(T);
    CHECK(heap_used() == before - 2500 * heap_footprint(24), "used %zu, was %zu", heap_used(), before);
    for (int i = 0; i < 2500; i++)
        CHECK(heap_object_at(dropped[i]) == NULL, "dropped element %d survived", i * 2);
    for (int k = 0; k < 2; k++) {
        struct vm_array *a = (struct vm_array *)roots[k];
        for (int i = 0; i < lens[k]; i++) {
            if (k == 1 && i % 2 == 0)
                continue;
            CHECK(ID(ELEMS(a)[i]) == (uint64_t)(k * 100000 + i), "array %d element %d changed", k, i);
        }
    }
}

static void test_big_arrays(void)
{
    setup(64 << 20, false);
    struct heap_stats st;
    /* 1 MiB arrays, four kept at a time: pages of the dropped ones are reused. */
    for (int i = 0; i < 200; i++) {
        struct vm_array *a = new_array(&intarr_cls, 256 * 1024 - 6);
        CHECK(a != NULL, "allocation %d failed", i);
        for (int j = 0; j < a->length; j += 1024) {
            CHECK(INTS(a)[j] == 0, "array %d not zeroed at %d", i, j);
            INTS(a)[j] = i + j;
        }
        roots[i % 4] = &a->hdr;
    }
    heap_collect(T);
    for (int r = 0; r < 4; r++) {
        struct vm_array *a = (struct vm_array *)roots[r];
        int i = 196 + r;
        for (int j = 0; j < a->length; j += 1024)
            CHECK(INTS(a)[j] == i + j, "array %d element %d changed", i, j);
    }
    heap_get_stats(&st);
    CHECK(st.used == 4 * heap_footprint(1 << 20), "used %zu", st.used);
    CHECK(st.touched <= st.committed, "touched %zu bytes, committed %zu", st.touched, st.committed);
    CHECK(st.touched < 200 * ((size_t)1 << 20) / 4, "freed pages not reused: touched %zu", st.touched);
    /* Mixed: large byte arrays between small objects. */
    for (int i = 0; i < 2000; i++) {
        struct vm_array *a = new_array(&bytearr_cls, 9000 + i * 37);
        CHECK(a != NULL, "allocation failed");
        memset(VM_ARRAY_DATA(a), i & 0xff, (size_t)a->length);
        roots[4 + i % 50] = &a->hdr;
        CHECK(new_node(i % 4, 1) != NULL, "allocation failed");
    }
    heap_collect(T);
    for (int k = 0; k < 50; k++) {
        struct vm_array *a = (struct vm_array *)roots[4 + k];
        unsigned char *d = VM_ARRAY_DATA(a);
        for (int j = 0; j < a->length; j++)
            CHECK(d[j] == d[0], "byte array %d changed at %d", k, j);
    }
}

static void test_interior_pointers(void)
{
    setup(16 << 20, false);
    size_t sizes[] = { 16, 24, 40, 100, 1000, 5000, 8192, 8200, 20000, 300000 };
    const int n = sizeof sizes / sizeof sizes[0];
    struct vm_object *objs[10], *dead[10];
    for (int i = 0; i < n; i++) {
        struct vm_array *a = new_array(&bytearr_cls, (int32_t)(sizes[i] - sizeof(struct vm_array) + 8));
        CHECK(a != NULL, "allocation failed");
        roots[i] = objs[i] = &a->hdr;
        a = new_array(&bytearr_cls, (int32_t)(sizes[i] - sizeof(struct vm_array) + 8));
        CHECK(a != NULL, "allocation failed");
        dead[i] = &a->hdr;
    }
    for (int i = 0; i < n; i++) {
        size_t size = array_bytes(&bytearr_cls, ((struct vm_array *)objs[i])->length);
        for (size_t k = 0; k < size; k++)
            CHECK(heap_object_at((char *)objs[i] + k) == objs[i], "size %zu, offset %zu not found", size, k);
        CHECK(heap_object_at((char *)dead[i] + size / 2) == dead[i], "allocated object not found");
    }
    CHECK(heap_object_at(NULL) == NULL, "NULL is an object");
    CHECK(heap_object_at(&objs) == NULL, "a C stack address is an object");
    CHECK(heap_object_at((void *)(uintptr_t)-8) == NULL, "the top of memory is an object");
    heap_collect(T);
    for (int i = 0; i < n; i++) {
        CHECK(heap_object_at(dead[i]) == NULL, "freed object of %zu bytes found", sizes[i]);
        CHECK(heap_object_at((char *)dead[i] + 8) == NULL, "inside a freed object of %zu bytes found", sizes[i]);
        CHECK(heap_object_at((char *)objs[i] + 8) == objs[i], "live object of %zu bytes lost", sizes[i]);
    }
    /* Beyond the end of the reserved heap. */
    CHECK(heap_object_at((char *)objs[0] + heap_max() + 4096) == NULL, "beyond the heap is an object");
}

static void test_conservative_stack(void)
{
    setup(16 << 20, false);
    struct vm_object *a = new_node(2, 11), *b = new_node(0, 22), *c = new_node(0, 33);
    CHECK(a && b && c, "allocation failed");
    REF(a, 0) = b;
    /* Interior pointer in a fake stack word keeps a (and b through it). */
    fake_stack[5] = (uintptr_t)a + 20;
    fake_stack[6] = 12345;          /* not a pointer */
    fake_stack[7] = (uintptr_t)-1;  /* not a pointer */
    heap_collect(T);
    CHECK(heap_object_at(a) == a && ID(a) == 11, "object held by a stack word was freed");
    CHECK(heap_object_at(b) == b && ID(b) == 22, "object reachable from a stack object was freed");
    CHECK(heap_object_at(c) == NULL, "unreferenced object survived");
    fake_stack[5] = 0;
    /* The real C stack: a volatile local keeps its object. */
    scan_c_stack = true;
    struct vm_object *volatile held = new_node(1, 44);
    CHECK(held != NULL, "allocation failed");
    for (int i = 0; i < 1000; i++)
        CHECK(new_node(3, 0) != NULL, "allocation failed");
    heap_collect(T);
    struct vm_object *h = held;
    CHECK(heap_object_at(h) == h && ID(h) == 44 && h->cls == &node_cls[1], "object held by a C local was freed");
}

static void test_mark_stack_overflow(void)
{
    setup(32 << 20, false);
    heap_set_mark_stack_limit(4);
    /* A wide tree: every node has four children, 5 levels, plus a big array. */
    struct vm_array *arr = new_array(&objarr_cls, 3000);
    CHECK(arr != NULL, "allocation failed");
    roots[0] = &arr->hdr;
    for (int i = 0; i < 3000; i++) {
        struct vm_object *n = new_node(3, (uint64_t)i);
        CHECK(n != NULL, "allocation failed");
        ELEMS(arr)[i] = n;
        for (int k = 0; k < 4; k++) {
            struct vm_object *m = new_node(2, (uint64_t)(i * 4 + k));
            CHECK(m != NULL, "allocation failed");
            REF(n, k) = m;
            struct vm_object *leaf = new_node(0, 77);
            CHECK(leaf != NULL, "allocation failed");
            REF(m, 0) = leaf;
            REF(m, 1) = n;   /* back edge */
        }
    }
    for (int i = 0; i < 20000; i++)
        CHECK(new_node(1, 0) != NULL, "allocation failed");
    heap_collect(T);
    size_t expect = heap_footprint(array_bytes(&objarr_cls, 3000))
                  + 3000 * (heap_footprint(56) + 4 * heap_footprint(40) + 4 * heap_footprint(24));
    CHECK(heap_used() == expect, "used %zu, live objects take %zu", heap_used(), expect);
    for (int i = 0; i < 3000; i++) {
        struct vm_object *n = ELEMS(arr)[i];
        CHECK(ID(n) == (uint64_t)i, "node %d changed", i);
        for (int k = 0; k < 4; k++)
            CHECK(ID(REF(n, k)) == (uint64_t)(i * 4 + k) && ID(REF(REF(n, k), 0)) == 77, "child %d.%d changed", i, k);
    }
}

static void test_exhaustion(void)
{
    setup(4 << 20, false);
    /* Fill the heap with a rooted list until allocation fails. */
    int count = 0;
    for (; count < 10000000; count++) {
        struct vm_object *n = new_node(4 - 1, (uint64_t)count);
        if (!n)
            break;
        REF(n, 0) = roots[0];
        roots[0] = n;
    }
    CHECK(count < 10000000, "a 4 MiB heap never filled");
    CHECK(count > 0, "nothing fit");
    CHECK(heap_used() <= heap_max(), "used %zu beyond max %zu", heap_used(), heap_max());
    /* Right after a failure the reserve is open: the caller can build its
     * OutOfMemoryError. */
    struct vm_object *oom = new_node(2, 1);
    CHECK(oom != NULL, "no room for an OutOfMemoryError after exhaustion");
    struct vm_array *trace = new_array(&objarr_cls, 100);
    CHECK(trace != NULL, "no room for a stack trace after exhaustion");
    CHECK(heap_alloc(T, heap_max() + 1) == NULL, "an allocation larger than the heap succeeded");
    CHECK(heap_alloc(T, SIZE_MAX - 4) == NULL, "a huge allocation succeeded");
    /* The list is intact. */
    int len = 0;
    for (struct vm_object *n = roots[0]; n; n = REF(n, 0), len++)
        CHECK(ID(n) == (uint64_t)(count - 1 - len), "list element %d changed", len);
    CHECK(len == count, "list has %d of %d elements", len, count);
    /* Drop it: the heap recovers. */
    roots[0] = NULL;
    heap_collect(T);
    CHECK(heap_used() == 0, "used %zu after dropping everything", heap_used());
    for (int i = 0; i < count; i++) {
        struct vm_object *n = new_node(3, (uint64_t)i);
        CHECK(n != NULL, "allocation %d failed after recovery", i);
        REF(n, 0) = roots[0];
        roots[0] = n;
    }
    /* Large objects exhaust too, and recover. */
    roots[0] = NULL;
    int big = 0;
    for (; big < 100; big++) {
        struct vm_array *a = new_array(&intarr_cls, 100000);
        if (!a)
            break;
        roots[1 + big] = &a->hdr;
    }
    CHECK(big > 0 && big < 100, "%d arrays of 400 KB fit in 4 MiB", big);
    for (int i = 0; i < big; i++)
        roots[1 + i] = NULL;
    CHECK(new_array(&intarr_cls, 100000) != NULL, "large allocation failed after recovery");
}

static void test_exhaustion_fragmented(void)
{
    setup(4 << 20, false);
    /* 1 KiB arrays fill 80% of the heap; dropping every other one leaves
     * free bytes that only 1 KiB objects can use. */
    struct vm_array *keep = new_array(&objarr_cls, 4000);
    CHECK(keep != NULL, "allocation failed");
    roots[0] = &keep->hdr;
    int n = 0;
    while (heap_used() < (heap_max() / 10) * 8 && n < 4000) {
        struct vm_array *a = new_array(&bytearr_cls, 1000);
        CHECK(a != NULL, "allocation %d failed", n);
        ELEMS(keep)[n++] = &a->hdr;
    }
    for (int i = 0; i < n; i += 2)
        ELEMS(keep)[i] = NULL;
    /* Fill the rest with small nodes until allocation fails. */
    int count = 0;
    for (; count < 10000000; count++) {
        struct vm_object *o = new_node(1, (uint64_t)count);
        if (!o)
            break;
        REF(o, 0) = roots[1];
        roots[1] = o;
    }
    CHECK(count < 10000000, "the heap never filled");
    /* The error's own allocations, of classes that have no span yet, come
     * from the reserve although a collection finds free bytes elsewhere. */
    for (int i = 0; i < 20; i++) {
        CHECK(new_node(3, 1) != NULL, "no room for an error object (%d)", i);
        CHECK(new_array(&intarr_cls, 20 + i * 7) != NULL, "no room for an error's array (%d)", i);
    }
    roots[0] = roots[1] = NULL;
    heap_collect(T);
    CHECK(heap_used() == 0, "used %zu after dropping everything", heap_used());
}

static void test_stress_mode(void)
{
    setup(16 << 20, true);
    size_t c0 = collections();
    for (int i = 0; i < 300; i++) {
        struct vm_object *n = new_node(2, (uint64_t)i);
        CHECK(n != NULL, "allocation failed");
        REF(n, 0) = roots[0];
        roots[0] = n;
        struct vm_array *a = new_array(&intarr_cls, i);
        CHECK(a != NULL, "allocation failed");
        for (int j = 0; j < i; j++)
            INTS(a)[j] = i ^ j;
        REF(n, 1) = &a->hdr;
        CHECK(new_node(0, 0) != NULL, "allocation failed");   /* garbage */
    }
    CHECK(collections() - c0 >= 900, "%zu collections for 900 allocations", collections() - c0);
    int i = 299;
    for (struct vm_object *n = roots[0]; n; n = REF(n, 0), i--) {
        CHECK(ID(n) == (uint64_t)i, "node %d changed", i);
        struct vm_array *a = (struct vm_array *)REF(n, 1);
        CHECK(a->length == i, "array %d has length %d", i, a->length);
        for (int j = 0; j < i; j++)
            CHECK(INTS(a)[j] == (i ^ j), "array %d element %d changed", i, j);
    }
    CHECK(i == -1, "list ends at %d", i);
    heap_collect(T);
    size_t expect = 0;
    for (int k = 0; k < 300; k++)
        expect += heap_footprint(40) + heap_footprint(array_bytes(&intarr_cls, k));
    CHECK(heap_used() == expect, "used %zu, live objects take %zu", heap_used(), expect);
}

static void test_compact_working_set(void)
{
    setup(256 << 20, false);
    struct heap_stats st0, st;
    heap_get_stats(&st0);
    /* 200 MB of garbage, a little of it kept at a time. */
    for (int i = 0; i < 2000000; i++) {
        struct vm_object *n = new_node(i % 4, (uint64_t)i);
        CHECK(n != NULL, "allocation failed");
        roots[i % 16] = n;
        if (i % 10000 == 0)
            CHECK(new_array(&bytearr_cls, 20000) != NULL, "allocation failed");
    }
    heap_get_stats(&st);
    CHECK(st.collections > 0, "no collection");
    CHECK(st.committed == st0.committed, "the in-use part grew from %zu to %zu for garbage", st0.committed, st.committed);
    CHECK(st.touched <= st.committed, "touched %zu beyond the in-use part %zu", st.touched, st.committed);
}

static void test_growth(void)
{
    setup(256 << 20, false);
    struct heap_stats st0, st;
    heap_get_stats(&st0);
    /* Keep 40 MB live: the in-use part grows, collections stay few. */
    struct vm_array *keep = new_array(&objarr_cls, 40000);
    CHECK(keep != NULL, "allocation failed");
    roots[0] = &keep->hdr;
    for (int i = 0; i < 40000; i++) {
        struct vm_array *a = new_array(&bytearr_cls, 1000);
        CHECK(a != NULL, "allocation %d failed", i);
        ELEMS(keep)[i] = &a->hdr;
        CHECK(heap_used() <= heap_committed(), "used %zu beyond committed %zu", heap_used(), heap_committed());
    }
    heap_get_stats(&st);
    CHECK(st.committed > st0.committed, "the in-use part did not grow");
    CHECK(st.committed <= st.max, "committed %zu beyond max %zu", st.committed, st.max);
    CHECK(st.collections < 40, "%llu collections to grow to 40 MB", (unsigned long long)st.collections);
    roots[0] = NULL;
    heap_collect(T);
    CHECK(heap_used() == 0, "used %zu", heap_used());
}

/* After the program lets go of most of its data, the in-use part shrinks
 * and the pages above are discarded; what is allocated there again comes
 * zeroed although the discard left garbage. */
static void test_shrink(void)
{
    setup(256 << 20, false);
    discarded = 0;
    struct vm_array *keep = new_array(&objarr_cls, 60);
    CHECK(keep != NULL, "allocation failed");
    roots[0] = &keep->hdr;
    for (int i = 0; i < 60; i++) {
        struct vm_array *a = new_array(&bytearr_cls, 1 << 20);
        CHECK(a != NULL, "allocation %d failed", i);
        memset(VM_ARRAY_DATA(a), 0x5a, 1 << 20);
        ELEMS(keep)[i] = &a->hdr;
    }
    size_t big = heap_committed();
    CHECK(big >= (size_t)60 << 20, "committed %zu after 60 MiB", big);
    roots[0] = NULL;
    heap_collect(T);
    CHECK(heap_used() == 0, "used %zu", heap_used());
    CHECK(heap_committed() < big / 4, "committed %zu after letting go of %zu", heap_committed(), big);
    CHECK(discarded >= (size_t)40 << 20, "only %zu bytes discarded", discarded);
    /* Take it all again: every byte must read zero. */
    roots[0] = &new_array(&objarr_cls, 60)->hdr;
    for (int i = 0; i < 60; i++) {
        struct vm_array *a = new_array(&bytearr_cls, 1 << 20);
        CHECK(a != NULL, "allocation %d failed", i);
        const uint8_t *d = VM_ARRAY_DATA(a);
        for (size_t k = 0; k < (1 << 20); k++)
            CHECK(d[k] == 0, "array %d byte %zu is 0x%x", i, k, d[k]);
        ELEMS((struct vm_array *)roots[0])[i] = &a->hdr;
    }
    roots[0] = NULL;
    heap_collect(T);
}

/* References: a fake Reference class laid out like a node with 3
 * references (referent 24, queue 32, next 40) and the collector's link at 48. */
static struct vm_class ref_cls[4] = {
    [VM_REF_SOFT] = { .name = "S", .kind = VM_CLASS_INSTANCE, .instance_size = 56, .nrefs = 3, .ref_offsets = node_offsets, .ref_kind = VM_REF_SOFT },
    [VM_REF_WEAK] = { .name = "W", .kind = VM_CLASS_INSTANCE, .instance_size = 56, .nrefs = 3, .ref_offsets = node_offsets, .ref_kind = VM_REF_WEAK },
    [VM_REF_PHANTOM] = { .name = "P", .kind = VM_CLASS_INSTANCE, .instance_size = 56, .nrefs = 3, .ref_offsets = node_offsets, .ref_kind = VM_REF_PHANTOM },
};

static struct vm_object *new_ref(int kind, struct vm_object *referent, struct vm_object *queue)
{
    struct vm_object *o = heap_alloc(T, 56);
    if (o) {
        o->cls = &ref_cls[kind];
        REF(o, 0) = referent;
        REF(o, 1) = queue;
    }
    return o;
}

static struct vm_object *take_pending(void)
{
    for (const struct vm_native *n = vm_natives_heap; n->cls; n++) {
        if (!strcmp(n->name, "takePending")) {
            vm_value r = { .raw = 0 };
            n->fn(T, NULL, &r);
            return r.l;
        }
    }
    return NULL;
}

static void references(size_t mark_stack)
{
    setup(8 << 20, false);
    heap_set_mark_stack_limit(mark_stack);
    heap_reference_layout(24, 32, 40, 48);
    struct vm_object *queue = roots[0] = new_node(0, 1);
    struct vm_object *held = roots[1] = new_node(1, 2);
    roots[2] = new_ref(VM_REF_WEAK, new_node(0, 3), NULL);            /* cleared */
    roots[3] = new_ref(VM_REF_WEAK, new_node(0, 4), queue);           /* cleared, pending */
    roots[4] = new_ref(VM_REF_WEAK, held, queue);                     /* kept */
    roots[5] = new_ref(VM_REF_PHANTOM, new_node(0, 5), queue);        /* cleared, pending */
    /* A soft referent keeps what it reaches, and references found there. */
    struct vm_object *soft_target = new_node(1, 6);
    REF(soft_target, 0) = new_ref(VM_REF_WEAK, held, queue);
    roots[6] = new_ref(VM_REF_SOFT, soft_target, queue);
    roots[7] = new_ref(VM_REF_WEAK, soft_target, queue);              /* softly reachable: kept */
    /* References to references, and a weak reference to a dead one. */
    roots[8] = new_ref(VM_REF_WEAK, new_ref(VM_REF_WEAK, new_node(0, 7), queue), NULL);
    heap_collect(T);
    CHECK(REF(roots[2], 0) == NULL, "weak referent kept");
    CHECK(REF(roots[3], 0) == NULL && REF(roots[5], 0) == NULL, "weak/phantom referent kept");
    CHECK(REF(roots[4], 0) == held, "held referent cleared");
    CHECK(REF(roots[6], 0) == soft_target && ID(soft_target) == 6, "soft referent cleared");
    CHECK(REF(REF(soft_target, 0), 0) == held, "reference inside a soft referent cleared");
    CHECK(REF(roots[7], 0) == soft_target, "softly reachable weak referent cleared");
    CHECK(REF(roots[8], 0) == NULL, "weak reference to a dead reference kept");
    for (int i = 2; i <= 8; i++)
        CHECK(VM_FIELD(roots[i], uint64_t, 48) == 0, "discovered link left set (%d)", i);
    /* The pending list: exactly roots[3] and roots[5], linked by next. */
    struct vm_object *p = take_pending();
    int n = 0, seen3 = 0, seen5 = 0;
    for (; p && n < 10; p = REF(p, 2), n++) {
        seen3 += p == roots[3];
        seen5 += p == roots[5];
    }
    CHECK(n == 2 && seen3 == 1 && seen5 == 1, "pending list: %d entries", n);
    CHECK(take_pending() == NULL, "pending list not emptied");
    /* The pending list is a root until taken. */
    roots[9] = new_ref(VM_REF_WEAK, new_node(0, 8), queue);
    struct vm_object *r9 = roots[9];
    roots[9] = NULL;
    fake_stack[0] = (uintptr_t)r9;
    heap_collect(T);
    fake_stack[0] = 0;
    heap_collect(T);
    heap_collect(T);
    p = take_pending();
    CHECK(p == r9 && REF(p, 0) == NULL && ID(p) == 0, "pending reference lost");
    teardown();
}

static void test_references(void) { references(0); }
static void test_references_mark_stack_overflow(void) { references(2); }

/* Soft referents go before the heap is exhausted, and only then. */
static void test_references_soft_oom(void)
{
    setup(4 << 20, false);
    heap_reference_layout(24, 32, 40, 48);
    struct vm_array *big = (struct vm_array *)heap_alloc(T, 2 << 20);
    CHECK(big != NULL, "allocation failed");
    big->hdr.cls = &bytearr_cls;
    big->length = (2 << 20) - 24;
    roots[0] = new_ref(VM_REF_SOFT, &big->hdr, NULL);
    heap_collect(T);
    CHECK(REF(roots[0], 0) == &big->hdr, "soft referent cleared without need");
    struct vm_object *o = heap_alloc(T, 2 << 20);
    CHECK(o != NULL, "allocation failed with a soft referent to clear");
    o->cls = &bytearr_cls;
    ((struct vm_array *)o)->length = (2 << 20) - 24;
    CHECK(REF(roots[0], 0) == NULL, "soft referent kept at exhaustion");
    teardown();
}

static void test_natives(void)
{
    setup(32 << 20, false);
    vm_native_fn gc = NULL, free_mem = NULL, total = NULL, max = NULL;
    for (const struct vm_native *n = vm_natives_heap; n->cls; n++) {
        if (!strcmp(n->cls, "java/lang/ref/Reference"))
            continue;   /* test_references */
        CHECK(strcmp(n->cls, "java/lang/Runtime") == 0, "native of %s", n->cls);
        if (!strcmp(n->name, "gc") && !strcmp(n->desc, "()V")) gc = n->fn;
        if (!strcmp(n->name, "freeMemory") && !strcmp(n->desc, "()J")) free_mem = n->fn;
        if (!strcmp(n->name, "totalMemory") && !strcmp(n->desc, "()J")) total = n->fn;
        if (!strcmp(n->name, "maxMemory") && !strcmp(n->desc, "()J")) max = n->fn;
    }
    CHECK(gc && free_mem && total && max, "a Runtime native is missing");
    roots[0] = new_node(0, 1);
    CHECK(new_node(0, 2) != NULL, "allocation failed");
    vm_value args[1] = { { .raw = 0 } }, r = { .raw = 0 };
    size_t c0 = collections();
    gc(T, args, &r);
    CHECK(collections() == c0 + 1, "Runtime.gc did not collect");
    CHECK(heap_used() == heap_footprint(24), "used %zu after gc", heap_used());
    total(T, args, &r);
    int64_t t = r.j;
    free_mem(T, args, &r);
    int64_t f = r.j;
    max(T, args, &r);
    int64_t m = r.j;
    CHECK(t == (int64_t)heap_committed() && m == (int64_t)heap_max(), "total %lld max %lld", (long long)t, (long long)m);
    CHECK(f == t - (int64_t)heap_used() && f > 0 && t <= m, "free %lld total %lld", (long long)f, (long long)t);
    CHECK(m >= 32 << 20, "maxMemory %lld below -Xmx", (long long)m);
}

/* ---- the randomised model test ------------------------------------------ */

/* The model: every object the test allocated, its references by model
 * index, and whether it may still be alive. */
struct mobj {
    struct vm_object *p;
    int kind;         /* 0..3 node with node_nrefs[kind] refs, 4 ref array, 5 int array */
    int nrefs;
    int *refs;        /* model indexes, -1 = null */
    bool dead;
    bool seen;
};
static struct mobj *model;
static int nmodel, cap_model;
static int mroots[NROOTS];

static int model_new(void)
{
    int kind = (int)rnd_below(7);
    if (kind == 6)
        kind = rnd_below(10) == 0 ? 4 : 5;
    int nrefs = 0, len = 0;
    struct vm_object *p;
    if (kind < 4) {
        nrefs = node_nrefs[kind];
        p = new_node(kind, (uint64_t)nmodel);
    } else {
        /* Sometimes large: beyond HEAP_SMALL_MAX. */
        len = rnd_below(20) == 0 ? 1100 + (int)rnd_below(3000) : (int)rnd_below(40);
        struct vm_array *a = new_array(kind == 4 ? &objarr_cls : &intarr_cls, len);
        p = a ? &a->hdr : NULL;
        if (kind == 4)
            nrefs = len;
        else if (a)
            for (int j = 0; j < len; j++)
                INTS(a)[j] = nmodel * 7 + j;
    }
    if (!p)
        return -1;
    if (nmodel == cap_model) {
        cap_model = cap_model ? cap_model * 2 : 1024;
        model = realloc(model, (size_t)cap_model * sizeof *model);
    }
    struct mobj *m = &model[nmodel];
    m->p = p;
    m->kind = kind;
    m->nrefs = nrefs;
    m->refs = malloc((size_t)(nrefs ? nrefs : 1) * sizeof(int));
    for (int i = 0; i < nrefs; i++)
        m->refs[i] = -1;
    m->dead = false;
    return nmodel++;
}

static struct vm_object **heap_ref_slot(struct mobj *m, int i)
{
    return m->kind == 4 ? &ELEMS((struct vm_array *)m->p)[i] : &REF(m->p, i);
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

/* Collect, then compare the heap with the model: every reachable object
 * intact, used bytes exact, unreachable objects gone. */
static bool model_check(void)
{
    heap_collect(T);
    for (int i = 0; i < nmodel; i++)
        model[i].seen = false;
    int *work = malloc((size_t)(nmodel + 1) * sizeof(int)), nw = 0;
    for (int r = 0; r < NROOTS; r++)
        if (mroots[r] >= 0 && !model[mroots[r]].seen) {
            model[mroots[r]].seen = true;
            work[nw++] = mroots[r];
        }
    size_t used = 0;
    uintptr_t *live = malloc((size_t)(nmodel + 1) * sizeof(uintptr_t));
    int nlive = 0;
    bool ok = true;
    while (nw > 0 && ok) {
        struct mobj *m = &model[work[--nw]];
        int idx = (int)(m - model);
        live[nlive++] = (uintptr_t)m->p;
        if (heap_object_at(m->p) != m->p) {
            ok = fail("model object %d (kind %d) was freed", idx, m->kind);
            break;
        }
        if (m->kind < 4) {
            used += heap_footprint(node_cls[m->kind].instance_size);
            if (ID(m->p) != (uint64_t)idx || m->p->cls != &node_cls[m->kind])
                ok = fail("node %d changed", idx);
        } else {
            struct vm_array *a = (struct vm_array *)m->p;
            used += heap_footprint(array_bytes(a->hdr.cls, a->length));
            if (m->kind == 5)
                for (int j = 0; j < a->length; j++)
                    if (INTS(a)[j] != idx * 7 + j)
                        ok = fail("int array %d changed at %d", idx, j);
        }
        for (int i = 0; i < m->nrefs && ok; i++) {
            int t = m->refs[i];
            struct vm_object *want = t < 0 ? NULL : model[t].p;
            if (*heap_ref_slot(m, i) != want)
                ok = fail("object %d reference %d differs from the model", idx, i);
            if (t >= 0 && !model[t].seen) {
                model[t].seen = true;
                work[nw++] = t;
            }
        }
    }
    if (ok && used != heap_used())
        ok = fail("used %zu, the model's live objects take %zu", heap_used(), used);
    qsort(live, (size_t)nlive, sizeof *live, cmp_ptr);
    for (int i = 0; i < nmodel && ok; i++) {
        struct mobj *m = &model[i];
        if (m->dead || m->seen)
            continue;
        /* Unreachable: freed, unless its memory went to a newer live object. */
        struct vm_object *o = heap_object_at(m->p);
        uintptr_t key = (uintptr_t)o;
        if (o && !bsearch(&key, live, (size_t)nlive, sizeof *live, cmp_ptr))
            ok = fail("unreachable object %d survived", i);
        m->dead = true;
    }
    if (ok && heap_verify() != 0)
        ok = fail("heap_verify found errors");
    free(work);
    free(live);
    return ok;
}

/* A random reachable object, by a random walk from a root; -1 if none. */
static int model_pick(void)
{
    int r = mroots[rnd_below(NROOTS)];
    for (int steps = (int)rnd_below(4); r >= 0 && steps > 0; steps--) {
        struct mobj *m = &model[r];
        if (m->nrefs == 0)
            break;
        int t = m->refs[rnd_below((uint32_t)m->nrefs)];
        if (t < 0)
            break;
        r = t;
    }
    return r;
}

static void run_model(uint64_t seed, int ops, size_t max, bool stress, size_t mark_stack)
{
    setup(max, stress);
    heap_set_mark_stack_limit(mark_stack);
    rng_state = seed;
    nmodel = 0;
    for (int r = 0; r < NROOTS; r++)
        mroots[r] = -1;
    for (int op = 0; op < ops; op++) {
        uint32_t what = rnd_below(100);
        if (what < 40) {
            int n = model_new();
            CHECK(n >= 0, "allocation failed at op %d", op);
            int r = (int)rnd_below(NROOTS);
            mroots[r] = n;
            roots[r] = model[n].p;
        } else if (what < 75) {
            int a = model_pick(), b = rnd_below(5) ? model_pick() : -1;
            if (a < 0 || model[a].nrefs == 0)
                continue;
            int i = (int)rnd_below((uint32_t)model[a].nrefs);
            model[a].refs[i] = b;
            *heap_ref_slot(&model[a], i) = b < 0 ? NULL : model[b].p;
        } else if (what < 88) {
            int r = (int)rnd_below(NROOTS);
            mroots[r] = -1;
            roots[r] = NULL;
        } else if (what < 90) {
            if (!model_check())
                return;
        } else {
            /* Overwrite a root with something reachable. */
            int a = model_pick(), r = (int)rnd_below(NROOTS);
            mroots[r] = a;
            roots[r] = a < 0 ? NULL : model[a].p;
        }
    }
    model_check();
    for (int i = 0; i < nmodel; i++)
        free(model[i].refs);
}

static void test_model_random(void) { run_model(0x1234567887654321ull, 60000, 8 << 20, false, 0); }
static void test_model_small_heap(void) { run_model(42, 40000, 1 << 20, false, 0); }
static void test_model_overflow(void) { run_model(7, 20000, 8 << 20, false, 2); }
static void test_model_stress(void) { run_model(99, 1500, 8 << 20, true, 0); }

/* ---- main --------------------------------------------------------------- */

static const struct { const char *name; void (*fn)(void); } tests[] = {
    { "footprint", test_footprint },
    { "alloc_aligned_zeroed", test_alloc_aligned_zeroed },
    { "many_small", test_many_small },
    { "roots_survive", test_roots_survive },
    { "chains_and_cycles", test_chains_and_cycles },
    { "object_arrays", test_object_arrays },
    { "big_arrays", test_big_arrays },
    { "interior_pointers", test_interior_pointers },
    { "conservative_stack", test_conservative_stack },
    { "mark_stack_overflow", test_mark_stack_overflow },
    { "exhaustion", test_exhaustion },
    { "exhaustion_fragmented", test_exhaustion_fragmented },
    { "stress_mode", test_stress_mode },
    { "compact_working_set", test_compact_working_set },
    { "growth", test_growth },
    { "shrink", test_shrink },
    { "natives", test_natives },
    { "references", test_references },
    { "references_mark_stack_overflow", test_references_mark_stack_overflow },
    { "references_soft_oom", test_references_soft_oom },
    { "model_random", test_model_random },
    { "model_small_heap", test_model_small_heap },
    { "model_mark_stack_overflow", test_model_overflow },
    { "model_stress", test_model_stress },
};

int main(int argc, char **argv)
{
    c_stack_hi = __builtin_frame_address(0);
    if (argc > 1)
        prefix = argv[1];
    const char *only = argc > 2 ? argv[2] : NULL;
    int failed = 0;
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        if (only && strcmp(only, tests[i].name) != 0)
            continue;
        failure[0] = 0;
        tests[i].fn();
        teardown();
        if (failure[0]) {
            printf("FAIL heap/%s%s: %s\n", prefix, tests[i].name, failure);
            failed++;
        } else {
            printf("PASS heap/%s%s\n", prefix, tests[i].name);
        }
        fflush(stdout);
    }
    return failed ? 1 : 0;
}
