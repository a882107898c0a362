/*
 * heap.c: the Java heap: allocation and a non-moving mark-sweep collector.
 *
 * The heap is one range from plat_reserve(max), cut into 4 KiB pages.
 * Small objects (<= HEAP_SMALL_MAX) live in 32 KiB spans that each hold one
 * size class; larger objects take a run of whole pages.  Two side bitmaps,
 * one bit per 8-byte granule, say where allocated objects start and which
 * are marked.  So any address maps to its object in O(1) (a page table
 * lookup and a division: conservative stack roots need that), and sweeping
 * touches only bitmaps: a freed slot is zeroed when it is reused.
 *
 * Pages are handed out lowest address first and freed slots are reused
 * before new pages, so the set of pages ever touched stays compact (in a
 * partition every first touch of a page costs an exit).  docs/heap.md has
 * the sizing policy and the rest of the reasoning.
 *
 * java.lang.ref: marking does not go through a Reference's referent; after
 * marking, the references whose referents stayed unmarked are cleared and,
 * if they have a queue, put on a pending list that the class library drains
 * (docs/heap.md, References).
 */
#include "heap.h"
#include "platform.h"

#include <string.h>
#include <stdio.h>   /* snprintf only */

#define PAGE_SHIFT   12
#define PAGE_BYTES   ((size_t)1 << PAGE_SHIFT)
#define GRAN         8                          /* bytes per bitmap bit */
#define GRAN_PER_PAGE (PAGE_BYTES / GRAN)        /* 512 */
#define SPAN_PAGES   8                          /* a small-object span: 32 KiB */
#define SPAN_BYTES   (SPAN_PAGES * PAGE_BYTES)
#define NO_SPAN      UINT32_MAX
#define MIN_HEAP     ((size_t)1 << 20)
#define INITIAL_LIMIT ((size_t)4 << 20)
#define GROW_STEP    ((size_t)1 << 20)
#define MARK_STACK_ENTRIES ((size_t)1 << 16)

enum { SPAN_FREE = 0, SPAN_SMALL, SPAN_LARGE, SPAN_TAIL };

/* One per page; the fields other than kind and head mean something only on
 * a span's first page. */
struct heap_span {
    uint8_t kind;        /* SPAN_* */
    uint8_t sc;          /* SMALL: size class */
    uint16_t _pad;
    uint32_t head;       /* TAIL: page index of the span's first page */
    uint32_t npages;
    uint32_t size;       /* SMALL: slot bytes */
    uint32_t nslots;     /* SMALL */
    uint32_t cursor;     /* SMALL: next slot the allocator looks at */
    uint32_t nfree;      /* SMALL: slots without an object */
    uint32_t next;       /* SMALL: next span of the class with free slots */
    uint32_t dirty_end;  /* SMALL: bytes from the span start that may be non-zero */
};

/* Size classes: steps of a quarter between powers of two, so a slot wastes
 * at most ~20% of its object. */
static const uint32_t class_size[] = {
    16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256,
    320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048,
    2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192
};
#define NCLASSES (sizeof class_size / sizeof class_size[0])

static struct {
    bool ready;
    bool stress;
    bool grace;              /* an allocation failed: the reserve is open */
    bool in_gc;
    bool verify;             /* heap_verify around every collection */
    char *base;
    size_t heap_bytes;       /* reserved for the heap itself */
    uint32_t max_pages;      /* -Xmx */
    uint32_t usable_pages;   /* max less the reserve for OutOfMemoryError */
    uint32_t limit_pages;    /* the in-use part */
    uint32_t top_pages;      /* pages below have been handed out at some time */
    uint32_t hint;           /* no free page below this one */
    struct heap_span *spans;
    uint64_t *alloc_bits;    /* per granule: an allocated object starts here */
    uint64_t *mark_bits;     /* per granule: that object is marked */
    uint64_t *page_bits;     /* per page: part of a span */
    size_t spans_bytes, gran_bits_bytes, page_bits_bytes;
    uint32_t avail[NCLASSES];/* spans of each class with free slots, by address */
    uint8_t class_of[HEAP_SMALL_MAX / GRAN + 1];
    size_t used;
    uint64_t collections;
    struct vm_object **mstack;
    size_t msp, mlimit;
    bool moverflow;
    /* java.lang.ref.Reference's field offsets (ref_ready once known). */
    bool ref_ready;
    bool clear_soft;         /* this collection clears softly reachable referents */
    uint32_t ref_referent, ref_queue, ref_next, ref_discovered;
    uint32_t soft_kept;      /* referents the last collection kept for soft references */
    struct vm_object *discovered;  /* references met while marking */
    struct vm_object *pending;     /* cleared references for their queues (a root) */
} H;

/* ---- bitmaps ------------------------------------------------------------ */

static inline bool bit_get(const uint64_t *b, size_t i) { return (b[i >> 6] >> (i & 63)) & 1; }
static inline void bit_set(uint64_t *b, size_t i) { b[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void bit_clear(uint64_t *b, size_t i) { b[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* First index in [from, to) whose bit is `want`, or `to`. */
static size_t bits_find(const uint64_t *b, size_t from, size_t to, bool want)
{
    while (from < to) {
        uint64_t w = want ? b[from >> 6] : ~b[from >> 6];
        w &= ~(uint64_t)0 << (from & 63);
        if (w) {
            size_t i = (from & ~(size_t)63) + (size_t)__builtin_ctzll(w);
            return i < to ? i : to;
        }
        from = (from | 63) + 1;
    }
    return to;
}

/* ---- page runs ---------------------------------------------------------- */

static inline size_t gran_of(const void *p) { return (size_t)((const char *)p - H.base) / GRAN; }
static inline char *page_addr(uint32_t pg) { return H.base + ((size_t)pg << PAGE_SHIFT); }

/* First fit, lowest address first, among pages below cap. */
static uint32_t pages_take(uint32_t n, uint32_t cap)
{
    size_t p = H.hint;
    while (p + n <= cap) {
        p = bits_find(H.page_bits, p, cap, false);
        if (p + n > cap)
            break;
        size_t used = bits_find(H.page_bits, p, p + n, true);
        if (used == p + n) {
            for (size_t i = p; i < p + n; i++)
                bit_set(H.page_bits, i);
            if (p == H.hint)
                H.hint = (uint32_t)(p + n);
            return (uint32_t)p;
        }
        p = used;
    }
    return NO_SPAN;
}

/* Mark pages [pg, pg+n) as one span of `kind`, and return how many bytes
 * from its start may hold old data (pages below top were used before). */
static size_t span_claim(uint32_t pg, uint32_t n, uint8_t kind)
{
    size_t dirty = 0;
    if (pg < H.top_pages)
        dirty = (size_t)((pg + n < H.top_pages ? pg + n : H.top_pages) - pg) << PAGE_SHIFT;
    if (pg + n > H.top_pages)
        H.top_pages = pg + n;
    struct heap_span *s = &H.spans[pg];
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->npages = n;
    s->next = NO_SPAN;
    for (uint32_t i = 1; i < n; i++) {
        H.spans[pg + i].kind = SPAN_TAIL;
        H.spans[pg + i].head = pg;
    }
    return dirty;
}

static void span_release(uint32_t pg)
{
    uint32_t n = H.spans[pg].npages;
    for (uint32_t i = 0; i < n; i++) {
        H.spans[pg + i].kind = SPAN_FREE;
        bit_clear(H.page_bits, pg + i);
    }
    if (pg < H.hint)
        H.hint = pg;
}

/* ---- finding objects ---------------------------------------------------- */

/* The allocated object whose slot (or page run) holds address a, or NULL. */
static inline struct vm_object *object_at(uintptr_t a)
{
    uintptr_t off = a - (uintptr_t)H.base;
    if (off >= (uintptr_t)H.top_pages << PAGE_SHIFT)
        return NULL;
    uint32_t pg = (uint32_t)(off >> PAGE_SHIFT);
    const struct heap_span *s = &H.spans[pg];
    if (s->kind == SPAN_TAIL) {
        pg = s->head;
        s = &H.spans[pg];
    }
    uintptr_t start = (uintptr_t)pg << PAGE_SHIFT;
    if (s->kind == SPAN_SMALL) {
        uint32_t slot = (uint32_t)(off - start) / s->size;
        if (slot >= s->nslots)
            return NULL;
        start += (uintptr_t)slot * s->size;
    } else if (s->kind != SPAN_LARGE) {
        return NULL;
    }
    if (!bit_get(H.alloc_bits, start / GRAN))
        return NULL;
    return (struct vm_object *)(H.base + start);
}

struct vm_object *heap_object_at(const void *p)
{
    return object_at((uintptr_t)p);
}

/* ---- allocation --------------------------------------------------------- */

size_t heap_footprint(size_t bytes)
{
    if (bytes < sizeof(struct vm_object))
        bytes = sizeof(struct vm_object);
    if (bytes <= HEAP_SMALL_MAX)
        return class_size[H.class_of[(bytes + GRAN - 1) / GRAN]];
    return (bytes + PAGE_BYTES - 1) & ~(PAGE_BYTES - 1);
}

static bool span_new_small(unsigned sc, uint32_t cap)
{
    uint32_t pg = pages_take(SPAN_PAGES, cap);
    if (pg == NO_SPAN)
        return false;
    size_t dirty = span_claim(pg, SPAN_PAGES, SPAN_SMALL);
    struct heap_span *s = &H.spans[pg];
    s->sc = (uint8_t)sc;
    s->size = class_size[sc];
    s->nslots = (uint32_t)(SPAN_BYTES / s->size);
    s->nfree = s->nslots;
    s->dirty_end = (uint32_t)dirty;
    s->next = H.avail[sc];
    H.avail[sc] = pg;
    return true;
}

static void *alloc_small(size_t bytes, uint32_t cap)
{
    unsigned sc = H.class_of[(bytes + GRAN - 1) / GRAN];
    for (;;) {
        uint32_t pg = H.avail[sc];
        if (pg == NO_SPAN) {
            if (!span_new_small(sc, cap))
                return NULL;
            continue;
        }
        struct heap_span *s = &H.spans[pg];
        size_t g0 = (size_t)pg * GRAN_PER_PAGE, step = s->size / GRAN;
        while (s->cursor < s->nslots) {
            uint32_t slot = s->cursor++;
            size_t g = g0 + slot * step;
            if (bit_get(H.alloc_bits, g))
                continue;
            bit_set(H.alloc_bits, g);
            if (--s->nfree == 0)
                H.avail[sc] = s->next;
            char *p = H.base + g * GRAN;
            uint32_t off = slot * s->size;
            if (off < s->dirty_end) {
                uint32_t n = s->dirty_end - off;
                memset(p, 0, n < s->size ? n : s->size);
            }
            if (off + s->size > s->dirty_end)
                s->dirty_end = off + s->size;
            H.used += s->size;
            return p;
        }
        H.avail[sc] = s->next;   /* counts disagreed; not expected */
    }
}

static void *alloc_large(size_t bytes, uint32_t cap)
{
    size_t n = (bytes + PAGE_BYTES - 1) >> PAGE_SHIFT;
    if (n > cap)
        return NULL;
    uint32_t pg = pages_take((uint32_t)n, cap);
    if (pg == NO_SPAN)
        return NULL;
    size_t dirty = span_claim(pg, (uint32_t)n, SPAN_LARGE);
    char *p = page_addr(pg);
    memset(p, 0, dirty);
    bit_set(H.alloc_bits, gran_of(p));
    H.used += n << PAGE_SHIFT;
    return p;
}

static void *try_alloc(size_t bytes, uint32_t cap)
{
    return bytes <= HEAP_SMALL_MAX ? alloc_small(bytes, cap) : alloc_large(bytes, cap);
}

/* After a failure that a collection did not cure: grow the in-use part by
 * what the request needs, if -Xmx allows. */
static void grow_for(size_t bytes)
{
    size_t need = bytes <= HEAP_SMALL_MAX ? SPAN_PAGES : ((bytes + PAGE_BYTES - 1) >> PAGE_SHIFT);
    size_t want = (size_t)H.limit_pages + need + SPAN_PAGES;
    H.limit_pages = (uint32_t)(want < H.usable_pages ? want : H.usable_pages);
}

struct vm_object *heap_alloc(struct vm_thread *t, size_t bytes)
{
    if (!H.ready)
        return NULL;
    if (bytes < sizeof(struct vm_object))
        bytes = sizeof(struct vm_object);
    if (bytes > (size_t)H.max_pages << PAGE_SHIFT) {
        H.grace = true;   /* can never fit */
        return NULL;
    }
    if (H.stress && !H.in_gc)
        heap_collect(t);
    void *p = try_alloc(bytes, H.limit_pages);
    if (!p && !H.in_gc) {
        heap_collect(t);
        p = try_alloc(bytes, H.limit_pages);
    }
    if (!p) {
        grow_for(bytes);
        p = try_alloc(bytes, H.limit_pages);
    }
    if (!p && H.soft_kept && !H.in_gc) {
        /* The last step before an OutOfMemoryError: let soft references go. */
        H.clear_soft = true;
        heap_collect(t);
        H.clear_soft = false;
        p = try_alloc(bytes, H.limit_pages);
    }
    if (!p && H.grace)
        p = try_alloc(bytes, H.max_pages);
    if (!p)
        H.grace = true;
    return p;
}

/* ---- marking ------------------------------------------------------------ */

static inline bool has_refs(const struct vm_object *o)
{
    const struct vm_class *c = o->cls;
    if (!c)
        return false;   /* allocated, header not yet written */
    if (c->kind == VM_CLASS_ARRAY)
        return c->elem_type == VM_T_REF;
    return c->nrefs != 0;
}

static inline void mark(struct vm_object *o)
{
    size_t g = gran_of(o);
    if (bit_get(H.mark_bits, g))
        return;
    bit_set(H.mark_bits, g);
    if (!has_refs(o))
        return;
    if (H.msp < H.mlimit)
        H.mstack[H.msp++] = o;
    else
        H.moverflow = true;   /* marked but not scanned: a rescan finds it */
}

static void verify_fail(const char *what, const void *obj, const void *ref)
{
    char buf[160];
    int n = snprintf(buf, sizeof buf, "plinth-jvm: heap: %s (object %p, reference %p)\n", what, obj, ref);
    plat_write(2, buf, (size_t)n);
    plat_abort("heap verification failed");
}

/* An exact reference: NULL or an object's start.  Checked all the same (an
 * object starts where its alloc bit is set: no span lookup needed), so a
 * corrupt field cannot make the collector mark a free slot. */
static inline void mark_ref(const struct vm_object *from, struct vm_object *r)
{
    if (!r)
        return;
    uintptr_t off = (uintptr_t)r - (uintptr_t)H.base;
    if (off < ((uintptr_t)H.top_pages << PAGE_SHIFT) && (off & (GRAN - 1)) == 0
        && bit_get(H.alloc_bits, off / GRAN))
        mark(r);
    else if (H.verify)
        verify_fail(from ? "reference to no object" : "root points to no object", from, r);
}

#define REF_FIELD(o, off) VM_FIELD(o, struct vm_object *, off)
#define REF_LINK(o) VM_FIELD(o, uintptr_t, H.ref_discovered)

/* A Reference: every field but the referent is strong.  A non-null
 * referent puts it on the discovered list (once: the link is non-zero
 * while it is on the list, and the last one links to itself). */
static void scan_reference(struct vm_object *o)
{
    const struct vm_class *c = o->cls;
    for (uint32_t i = 0; i < c->nrefs; i++)
        if (c->ref_offsets[i] != H.ref_referent)
            mark_ref(o, REF_FIELD(o, c->ref_offsets[i]));
    if (REF_FIELD(o, H.ref_referent) && !REF_LINK(o)) {
        REF_LINK(o) = (uintptr_t)(H.discovered ? H.discovered : o);
        H.discovered = o;
    }
}

static void scan_object(struct vm_object *o)
{
    const struct vm_class *c = o->cls;
    if (c->ref_kind && H.ref_ready) {
        scan_reference(o);
    } else if (c->kind == VM_CLASS_ARRAY) {
        const struct vm_array *a = (const struct vm_array *)o;
        struct vm_object **e = VM_ARRAY_DATA(a);
        for (int32_t i = 0; i < a->length; i++)
            mark_ref(o, e[i]);
    } else {
        for (uint32_t i = 0; i < c->nrefs; i++)
            mark_ref(o, VM_FIELD(o, struct vm_object *, c->ref_offsets[i]));
    }
}

static void drain(void)
{
    while (H.msp > 0)
        scan_object(H.mstack[--H.msp]);
}

/* The mark stack overflowed: some marked objects were not scanned.  Scan
 * every marked object again (scanning twice is harmless) until a pass
 * overflows no more. */
static void rescan_marked(void)
{
    for (uint32_t pg = 0; pg < H.top_pages;) {
        struct heap_span *s = &H.spans[pg];
        if (s->kind == SPAN_SMALL || s->kind == SPAN_LARGE) {
            size_t g = (size_t)pg * GRAN_PER_PAGE, end = g + (size_t)s->npages * GRAN_PER_PAGE;
            while ((g = bits_find(H.mark_bits, g, end, true)) < end) {
                struct vm_object *o = (struct vm_object *)(H.base + g * GRAN);
                if (has_refs(o)) {
                    scan_object(o);
                    drain();
                }
                g++;
            }
            pg += s->npages;
        } else {
            pg++;
        }
    }
}

static void drain_all(void)
{
    drain();
    while (H.moverflow) {
        H.moverflow = false;
        rescan_marked();
        drain();
    }
}

/* ---- references --------------------------------------------------------- */

static inline bool is_marked(const struct vm_object *o)
{
    return bit_get(H.mark_bits, gran_of(o));
}

static inline struct vm_object *next_discovered(struct vm_object *r)
{
    uintptr_t n = REF_LINK(r);
    return n == (uintptr_t)r ? NULL : (struct vm_object *)n;
}

void heap_reference_layout(uint32_t referent, uint32_t queue, uint32_t next, uint32_t discovered)
{
    H.ref_referent = referent;
    H.ref_queue = queue;
    H.ref_next = next;
    H.ref_discovered = discovered;
    H.ref_ready = referent != UINT32_MAX && queue != UINT32_MAX && next != UINT32_MAX
                  && discovered != UINT32_MAX;
}

/* After marking.  Soft referents are kept (with all they reach) unless
 * this collection clears them; marking them can discover more references,
 * which land at the list's head: go round until none is new.  Then every
 * referent still unmarked is at most weakly or phantom reachable: its
 * reference is cleared, and goes on the pending list if it has a queue. */
static void process_references(void)
{
    H.soft_kept = 0;
    struct vm_object *done = NULL, *r, *n;
    while (H.discovered != done) {
        struct vm_object *start = H.discovered;
        for (r = start; r && r != done; r = next_discovered(r)) {
            struct vm_object *x = REF_FIELD(r, H.ref_referent);
            if (r->cls->ref_kind == VM_REF_SOFT && !H.clear_soft && !is_marked(x)) {
                mark_ref(r, x);
                H.soft_kept++;
            }
        }
        drain_all();
        done = start;
    }
    for (r = H.discovered; r; r = n) {
        n = next_discovered(r);
        REF_LINK(r) = 0;
        if (is_marked(REF_FIELD(r, H.ref_referent)))
            continue;
        REF_FIELD(r, H.ref_referent) = NULL;
        if (REF_FIELD(r, H.ref_queue) && !REF_FIELD(r, H.ref_next)) {
            REF_FIELD(r, H.ref_next) = H.pending;
            H.pending = r;
        }
    }
    H.discovered = NULL;
}

static void mark_root(struct vm_object **slot, void *ctx)
{
    (void)ctx;
    mark_ref(NULL, *slot);
}

/* Conservative: any word that points into an allocated object keeps it.
 * Stacks hold ASan's redzones; reading them here is intended. */
__attribute__((no_sanitize_address))
static void scan_range(const void *lo, const void *hi, void *ctx)
{
    (void)ctx;
    uintptr_t a = ((uintptr_t)lo + 7) & ~(uintptr_t)7, end = (uintptr_t)hi;
    for (; a + sizeof(uintptr_t) <= end; a += sizeof(uintptr_t)) {
        struct vm_object *o = object_at(*(const uintptr_t *)a);
        if (o)
            mark(o);
    }
}

/* ---- sweeping ----------------------------------------------------------- */

/* Allocated := marked, span by span; empty spans go back to the page pool
 * and the others, if they have room, onto their class's list in address
 * order.  Only the bitmaps are touched. */
static void sweep(void)
{
    uint32_t tail[NCLASSES];
    for (unsigned i = 0; i < NCLASSES; i++)
        H.avail[i] = tail[i] = NO_SPAN;
    H.used = 0;
    for (uint32_t pg = 0; pg < H.top_pages;) {
        struct heap_span *s = &H.spans[pg];
        size_t g = (size_t)pg * GRAN_PER_PAGE;
        if (s->kind == SPAN_SMALL) {
            /* Locals: the bitmap stores could alias H, which would then be
             * reloaded for every word. */
            uint64_t *mb = H.mark_bits + g / 64, *ab = H.alloc_bits + g / 64;
            uint32_t live = 0;
            for (size_t w = 0; w < SPAN_BYTES / GRAN / 64; w++) {
                uint64_t m = mb[w];
                ab[w] = m;
                mb[w] = 0;
                if (m)
                    live += (uint32_t)__builtin_popcountll(m);
            }
            if (live == 0) {
                span_release(pg);
            } else {
                s->nfree = s->nslots - live;
                s->cursor = 0;
                s->next = NO_SPAN;
                H.used += (size_t)live * s->size;
                if (s->nfree) {
                    if (tail[s->sc] == NO_SPAN)
                        H.avail[s->sc] = pg;
                    else
                        H.spans[tail[s->sc]].next = pg;
                    tail[s->sc] = pg;
                }
            }
            pg += SPAN_PAGES;
        } else if (s->kind == SPAN_LARGE) {
            uint32_t n = s->npages;
            if (bit_get(H.mark_bits, g)) {
                bit_clear(H.mark_bits, g);
                H.used += (size_t)n << PAGE_SHIFT;
            } else {
                bit_clear(H.alloc_bits, g);
                span_release(pg);
            }
            pg += n;
        } else {
            pg++;
        }
    }
}

/* Give memory back once the program has let go of most of its data: when
 * the in-use part is over twice what growth would pick for the live bytes,
 * lower it to that (never below INITIAL_LIMIT, nor below the highest page
 * in use: objects do not move) and discard the pages above that were ever
 * touched.  They stay below top_pages, so they are cleared when used
 * again, whatever a discard left in them. */
#define SHRINK_MIN_PAGES 256   /* 1 MiB: less is not worth a hypercall */

/* The in-use part sizing aims at for the live bytes: 1.5 x used + 1 MiB,
 * in whole MiB. */
static size_t target_bytes(void)
{
    size_t want = H.used + H.used / 2 + GROW_STEP;
    return (want + GROW_STEP - 1) & ~(GROW_STEP - 1);
}

static void shrink(void)
{
    size_t want = target_bytes();
    if (want < INITIAL_LIMIT)
        want = INITIAL_LIMIT;
    uint32_t want_pages = (uint32_t)(want >> PAGE_SHIFT);
    if (H.grace || H.limit_pages / 2 <= want_pages)
        return;
    uint32_t top = H.top_pages;
    while (top > want_pages && !bit_get(H.page_bits, top - 1))
        top--;
    uint32_t lowest = top > want_pages ? top : want_pages;
    if (lowest >= H.limit_pages)
        return;
    if (H.top_pages > lowest && H.top_pages - lowest >= SHRINK_MIN_PAGES)
        plat_discard(page_addr(lowest), (size_t)(H.top_pages - lowest) << PAGE_SHIFT);
    H.limit_pages = lowest;
}

/* Grow the in-use part when less than a third of it is free after a
 * collection, so that usage ends up near two thirds of it. */
static void resize(void)
{
    shrink();
    size_t limit = (size_t)H.limit_pages << PAGE_SHIFT;
    if (H.used > limit - limit / 3) {
        size_t pages = target_bytes() >> PAGE_SHIFT;
        H.limit_pages = (uint32_t)(pages < H.usable_pages ? pages : H.usable_pages);
    }
    /* Close the reserve only once the program has really let go of its
     * data: free bytes can sit in other classes' slots, so "a reserve's
     * worth free" could still fail the next allocation of the error. */
    if (H.grace && H.used <= ((size_t)H.usable_pages << PAGE_SHIFT) / 2)
        H.grace = false;
}

/* ---- collection --------------------------------------------------------- */

__attribute__((noinline))
static void collect(struct vm_thread *t)
{
    (void)t;
    /* Before: catches a mutator (or a missed root) that left a dangling
     * reference; after: catches the collector itself. */
    if (H.verify && heap_verify() != 0)
        plat_abort("heap verification failed before a collection");
    H.msp = 0;
    H.moverflow = false;
    vm_roots_foreach(mark_root, NULL);
    mark_ref(NULL, H.pending);
    /* This frame lies below heap_collect's, whose prologue saved every
     * callee-saved register: scanning from here sees them all. */
    thread_foreach_stack(scan_range, NULL, __builtin_frame_address(0));
    drain_all();
    process_references();
    sweep();
    resize();
    H.collections++;
    if (H.verify && heap_verify() != 0)
        plat_abort("heap verification failed after a collection");
}

void heap_collect(struct vm_thread *t)
{
    if (!H.ready || H.in_gc)
        return;
    /* Spill callee-saved registers into this frame, so a pointer held only
     * in a register is on the stack the collector scans. */
    __builtin_unwind_init();
    H.in_gc = true;
    collect(t);
    H.in_gc = false;
    __asm__ volatile("" ::: "memory");   /* keep this frame alive: no tail call */
}

/* ---- set-up and statistics ---------------------------------------------- */

static void *reserve(size_t bytes, size_t *rounded)
{
    size_t ps = plat_page_size();
    bytes = (bytes + ps - 1) / ps * ps;
    *rounded = bytes;
    return plat_reserve(bytes);
}

#ifndef HEAP_VERIFY
static bool env_set(const char *name)
{
    size_t n = strlen(name);
    char **env = plat_environ();
    for (; env && *env; env++)
        if (!strncmp(*env, name, n) && (*env)[n] == '=')
            return (*env)[n + 1] && strcmp(*env + n + 1, "0") != 0;
    return false;
}
#endif

bool heap_init(size_t max_bytes, bool stress)
{
    if (H.ready)
        return false;
    if (max_bytes < MIN_HEAP)
        max_bytes = MIN_HEAP;
    if (max_bytes > ((size_t)1 << 44))
        max_bytes = (size_t)1 << 44;    /* 16 TiB: page indexes fit 32 bits */
    size_t pages = (max_bytes + SPAN_BYTES - 1) / SPAN_BYTES * SPAN_PAGES;

    H.base = reserve(pages << PAGE_SHIFT, &H.heap_bytes);
    H.spans = reserve(pages * sizeof(struct heap_span), &H.spans_bytes);
    H.alloc_bits = reserve(pages * GRAN_PER_PAGE / 8, &H.gran_bits_bytes);
    H.mark_bits = reserve(pages * GRAN_PER_PAGE / 8, &H.gran_bits_bytes);
    H.page_bits = reserve((pages + 63) / 64 * 8, &H.page_bits_bytes);
    size_t ms_bytes;
    H.mstack = reserve(MARK_STACK_ENTRIES * sizeof *H.mstack, &ms_bytes);
    if (!H.base || !H.spans || !H.alloc_bits || !H.mark_bits || !H.page_bits || !H.mstack) {
        H.ready = true;   /* so shutdown releases what was reserved */
        heap_shutdown();
        return false;
    }
    H.mlimit = MARK_STACK_ENTRIES;

    /* A reserve of 1/16 of the heap (64 KiB to 512 KiB) is kept for the
     * allocations that report an exhaustion: see heap_alloc. */
    uint32_t reserve_pages = (uint32_t)(pages / 16);
    if (reserve_pages < 16)
        reserve_pages = 16;
    if (reserve_pages > 128)
        reserve_pages = 128;
    H.max_pages = (uint32_t)pages;
    H.usable_pages = H.max_pages - reserve_pages;
    size_t init = INITIAL_LIMIT >> PAGE_SHIFT;
    H.limit_pages = (uint32_t)(init < H.usable_pages ? init : H.usable_pages);
    H.top_pages = H.hint = 0;
    H.stress = stress;
#ifdef HEAP_VERIFY
    H.verify = true;
#else
    H.verify = env_set("PLINTH_HEAP_VERIFY");
#endif
    H.used = 0;
    H.collections = 0;
    for (unsigned i = 0; i < NCLASSES; i++)
        H.avail[i] = NO_SPAN;
    unsigned sc = 0;
    for (size_t i = 0; i <= HEAP_SMALL_MAX / GRAN; i++) {
        while (class_size[sc] < i * GRAN)
            sc++;
        H.class_of[i] = (uint8_t)sc;
    }
    H.ready = true;
    return true;
}

void heap_shutdown(void)
{
    if (!H.ready)
        return;
    if (H.base)
        plat_release(H.base, H.heap_bytes);
    if (H.spans)
        plat_release(H.spans, H.spans_bytes);
    if (H.alloc_bits)
        plat_release(H.alloc_bits, H.gran_bits_bytes);
    if (H.mark_bits)
        plat_release(H.mark_bits, H.gran_bits_bytes);
    if (H.page_bits)
        plat_release(H.page_bits, H.page_bits_bytes);
    if (H.mstack)
        plat_release(H.mstack, MARK_STACK_ENTRIES * sizeof *H.mstack);
    memset(&H, 0, sizeof H);
}

void heap_set_mark_stack_limit(size_t entries)
{
    if (entries == 0 || entries > MARK_STACK_ENTRIES)
        entries = MARK_STACK_ENTRIES;
    H.mlimit = entries;
}

size_t heap_used(void) { return H.used; }
size_t heap_max(void) { return (size_t)H.max_pages << PAGE_SHIFT; }

size_t heap_committed(void)
{
    size_t limit = (size_t)H.limit_pages << PAGE_SHIFT;
    return H.used > limit ? H.used : limit;
}

void heap_get_stats(struct heap_stats *st)
{
    st->collections = H.collections;
    st->used = heap_used();
    st->committed = heap_committed();
    st->max = heap_max();
    st->touched = (size_t)H.top_pages << PAGE_SHIFT;
}

/* ---- verification ------------------------------------------------------- */

static size_t verify_report(size_t errors, const char *what, const void *obj, const void *ref)
{
    if (errors < 20) {
        char buf[160];
        int n = snprintf(buf, sizeof buf, "plinth-jvm: heap: %s (object %p, value %p)\n", what, obj, ref);
        plat_write(2, buf, (size_t)n);
    }
    return errors + 1;
}

static size_t verify_object(size_t errors, struct vm_object *o, size_t room)
{
    const struct vm_class *c = o->cls;
    if (!c)
        return verify_report(errors, "object without a class", o, NULL);
    size_t size;
    if (c->kind == VM_CLASS_ARRAY) {
        const struct vm_array *a = (const struct vm_array *)o;
        if (a->length < 0)
            return verify_report(errors, "negative array length", o, NULL);
        size = sizeof(struct vm_array) + (size_t)a->length * c->elem_size;
    } else if (c->kind == VM_CLASS_INSTANCE) {
        size = c->instance_size;
    } else {
        return verify_report(errors, "object of a primitive class", o, c);
    }
    if (size > room)
        return verify_report(errors, "object larger than its slot", o, (void *)size);
    if (c->kind == VM_CLASS_ARRAY && c->elem_type == VM_T_REF) {
        const struct vm_array *a = (const struct vm_array *)o;
        struct vm_object **e = VM_ARRAY_DATA(a);
        for (int32_t i = 0; i < a->length; i++)
            if (e[i] && object_at((uintptr_t)e[i]) != e[i])
                errors = verify_report(errors, "array element points to no object", o, e[i]);
    } else if (c->kind == VM_CLASS_INSTANCE) {
        for (uint32_t i = 0; i < c->nrefs; i++) {
            if (c->ref_offsets[i] + sizeof(void *) > size)
                return verify_report(errors, "reference field outside its object", o, NULL);
            struct vm_object *r = VM_FIELD(o, struct vm_object *, c->ref_offsets[i]);
            if (r && object_at((uintptr_t)r) != r)
                errors = verify_report(errors, "field points to no object", o, r);
        }
    }
    return errors;
}

size_t heap_verify(void)
{
    size_t errors = 0, used = 0;
    if (!H.ready)
        return 0;
    for (uint32_t pg = 0; pg < H.top_pages;) {
        struct heap_span *s = &H.spans[pg];
        size_t g = (size_t)pg * GRAN_PER_PAGE;
        if (s->kind == SPAN_SMALL) {
            uint32_t nalloc = 0;
            for (uint32_t i = 0; i < s->nslots; i++) {
                size_t gi = g + (size_t)i * (s->size / GRAN);
                if (!bit_get(H.alloc_bits, gi))
                    continue;
                nalloc++;
                errors = verify_object(errors, (struct vm_object *)(H.base + gi * GRAN), s->size);
            }
            if (nalloc + s->nfree != s->nslots)
                errors = verify_report(errors, "span free count is wrong", page_addr(pg), NULL);
            used += (size_t)nalloc * s->size;
            pg += s->npages;
        } else if (s->kind == SPAN_LARGE) {
            if (bit_get(H.alloc_bits, g)) {
                errors = verify_object(errors, (struct vm_object *)page_addr(pg),
                                       (size_t)s->npages << PAGE_SHIFT);
                used += (size_t)s->npages << PAGE_SHIFT;
            } else {
                errors = verify_report(errors, "large span without its object", page_addr(pg), NULL);
            }
            pg += s->npages;
        } else if (s->kind == SPAN_TAIL) {
            errors = verify_report(errors, "span tail without a head", page_addr(pg), NULL);
            pg++;
        } else {
            pg++;
        }
    }
    if (used != H.used)
        errors = verify_report(errors, "used bytes disagree with the objects", (void *)used, (void *)H.used);
    return errors;
}

/* ---- Runtime natives ---------------------------------------------------- */

static void rt_gc(struct vm_thread *t, vm_value *args, vm_value *ret)
{
    (void)args;
    (void)ret;
    heap_collect(t);
}

static void rt_free_memory(struct vm_thread *t, vm_value *args, vm_value *ret)
{
    (void)t;
    (void)args;
    ret->j = (int64_t)(heap_committed() - heap_used());
}

static void rt_total_memory(struct vm_thread *t, vm_value *args, vm_value *ret)
{
    (void)t;
    (void)args;
    ret->j = (int64_t)heap_committed();
}

static void rt_max_memory(struct vm_thread *t, vm_value *args, vm_value *ret)
{
    (void)t;
    (void)args;
    ret->j = (int64_t)heap_max();
}

/* Reference.takePending: the references the collector cleared for their
 * queues, linked by `next`; the caller enqueues them. */
static void ref_take_pending(struct vm_thread *t, vm_value *args, vm_value *ret)
{
    (void)t;
    (void)args;
    ret->l = H.pending;
    H.pending = NULL;
}

const struct vm_native vm_natives_heap[] = {
    { "java/lang/ref/Reference", "takePending", "()Ljava/lang/ref/Reference;", ref_take_pending },
    { "java/lang/Runtime", "gc", "()V", rt_gc },
    { "java/lang/Runtime", "freeMemory", "()J", rt_free_memory },
    { "java/lang/Runtime", "totalMemory", "()J", rt_total_memory },
    { "java/lang/Runtime", "maxMemory", "()J", rt_max_memory },
    { NULL, NULL, NULL, NULL }
};
