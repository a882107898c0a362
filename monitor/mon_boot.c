/*
 * mon_boot: the partition's state at entry (docs/abi.md, "Entry state").
 *
 * Page tables identity-map all of guest memory.  Each 4 KiB page gets the
 * permissions of what lives there (boot info read-only, page tables
 * supervisor-only, rings and free memory non-executable, image pages from
 * their PT_LOAD flags); a 2 MiB range whose pages all agree becomes one
 * large page, the others get a page table.  Page 0 and the gaps in the
 * image stay unmapped.  Layout of the page-table area:
 *   PLINTH_PT_GPA           GDT
 *   PLINTH_PT_GPA + 0x1000  PML4
 *   PLINTH_PT_GPA + 0x2000  PDPT (one: memory is at most 64 GiB)
 *   then one PD per GiB of memory, then the 4 KiB page tables.
 */
#include "mon_boot.h"

#include <elf.h>
#include <errno.h>
#include <linux/kvm.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "mon_hc.h"
#include "mon_kvm.h"
#include "mon_mem.h"

#define PAGE  0x1000ull
#define LARGE 0x200000ull
#define GIB   0x40000000ull


#define GDT_GPA  PLINTH_PT_GPA
#define PML4_GPA (PLINTH_PT_GPA + 0x1000)
#define PDPT_GPA (PLINTH_PT_GPA + 0x2000)
#define PD_GPA   (PLINTH_PT_GPA + 0x3000)

#define CR0_PE (1ull << 0)
#define CR0_MP (1ull << 1)
#define CR0_ET (1ull << 4)
#define CR0_NE (1ull << 5)
#define CR0_WP (1ull << 16)
#define CR0_PG (1ull << 31)
#define CR4_PAE        (1ull << 5)
#define CR4_PGE        (1ull << 7)
#define CR4_OSFXSR     (1ull << 9)
#define CR4_OSXMMEXCPT (1ull << 10)
#define CR4_FSGSBASE   (1ull << 16)
#define CR4_OSXSAVE    (1ull << 18)
#define EFER_SCE (1ull << 0)
#define EFER_LME (1ull << 8)
#define EFER_LMA (1ull << 10)
#define EFER_NXE (1ull << 11)
#define XCR0_X87 1ull
#define XCR0_SSE 2ull
#define XCR0_AVX 4ull

/* The initial GDT: kernel code and data, then user data and code in the
 * order SYSRET expects (STAR[63:48] = 0x10). */
static const uint64_t gdt[] = {
    0,
    0x00af9a000000ffffull,  /* 0x08: 64-bit code, DPL 0 */
    0x00cf92000000ffffull,  /* 0x10: data, DPL 0 */
    0x00cff2000000ffffull,  /* 0x18: data, DPL 3 */
    0x00affa000000ffffull,  /* 0x20: 64-bit code, DPL 3 */
};

static uint64_t args_size(const struct mon_opts *o);

static uint64_t align_up(uint64_t v, uint64_t a)
{
    return (v + a - 1) & ~(a - 1);
}

int mon_boot_layout(struct mon_part *p)
{
    uint64_t need = args_size(p->opts);
    if (need > PLINTH_ARGS_SIZE) {
        mon_err("arguments: the guest's arguments and environment take %llu "
                "bytes; the args area holds %llu", (unsigned long long)need,
                (unsigned long long)PLINTH_ARGS_SIZE);
        return -1;
    }
    uint64_t end = p->img.end > PLINTH_USER_BASE ? p->img.end : PLINTH_USER_BASE;
    p->free_base = align_up(end, LARGE);
    if (p->free_base >= p->mem.size) {
        mon_err("%s: the image leaves no free memory in %llu MiB "
                "(it ends at 0x%llx; raise --memory)", p->opts->image,
                (unsigned long long)(p->mem.size >> 20),
                (unsigned long long)p->img.end);
        return -1;
    }
    return 0;
}

/* Leaf permissions of the 4 KiB page at gpa (0: not mapped). */
static uint64_t page_perm(const struct mon_part *p, uint64_t gpa)
{
    if (gpa < PLINTH_BOOTINFO_GPA)
        return 0;
    if (gpa < PLINTH_PT_GPA)
        return PTE_P | PTE_U | PTE_NX;
    if (gpa < PLINTH_RINGS_GPA)
        return PTE_P | PTE_W | PTE_NX;
    if (gpa < PLINTH_SV_BASE)
        return PTE_P | PTE_W | PTE_U | PTE_NX;
    if (gpa >= p->free_base)
        return PTE_P | PTE_W | PTE_U | PTE_NX;
    /* Image: the union of the segments that share this page. */
    uint64_t perm = 0;
    int x = 0;
    for (int i = 0; i < p->img.nsegs; i++) {
        const struct mon_seg *s = &p->img.segs[i];
        if (s->gpa >= gpa + PAGE || s->gpa + s->memsz <= gpa)
            continue;
        perm |= PTE_P;
        if (s->flags & PF_W)
            perm |= PTE_W;
        if (s->flags & PF_X)
            x = 1;
    }
    if (!perm)
        return 0;
    if (gpa >= PLINTH_USER_BASE)
        perm |= PTE_U;
    return x ? perm : perm | PTE_NX;
}

static uint64_t leaf(uint64_t perm)
{
    return perm | PTE_A | ((perm & PTE_W) ? PTE_D : 0);
}

int mon_boot_memory(struct mon_part *p)
{
    struct mon_mem *m = &p->mem;
    uint64_t npd = align_up(m->size, GIB) / GIB;
    uint64_t next = PD_GPA + npd * PAGE;   /* next free page-table page */
    uint64_t *pml4 = mon_gpa(m, PML4_GPA, PAGE);
    uint64_t *pdpt = mon_gpa(m, PDPT_GPA, PAGE);

    memcpy(mon_gpa(m, GDT_GPA, sizeof gdt), gdt, sizeof gdt);
    pml4[0] = PDPT_GPA | PTE_P | PTE_W | PTE_U | PTE_A;
    for (uint64_t i = 0; i < npd; i++)
        pdpt[i] = (PD_GPA + i * PAGE) | PTE_P | PTE_W | PTE_U | PTE_A;

    for (uint64_t base = 0; base < m->size; base += LARGE) {
        uint64_t *pde = mon_gpa(m, PD_GPA + (base / LARGE) * 8, 8);
        if (base >= p->free_base) {
            *pde = base | PTE_PS | leaf(PTE_P | PTE_W | PTE_U | PTE_NX);
            continue;
        }
        uint64_t first = page_perm(p, base);
        int uniform = 1;
        for (uint64_t a = base + PAGE; a < base + LARGE && uniform; a += PAGE)
            uniform = page_perm(p, a) == first;
        if (uniform) {
            *pde = first ? (base | PTE_PS | leaf(first)) : 0;
            continue;
        }
        if (next >= PLINTH_PT_GPA + PLINTH_PT_SIZE) {
            mon_err("%s: the image needs more page tables than fit in the "
                    "page-table area", p->opts->image);
            return -1;
        }
        uint64_t *pt = mon_gpa(m, next, PAGE);
        for (uint64_t i = 0; i < 512; i++) {
            uint64_t perm = page_perm(p, base + i * PAGE);
            pt[i] = perm ? ((base + i * PAGE) | leaf(perm)) : 0;
        }
        *pde = next | PTE_P | PTE_W | PTE_U | PTE_A;
        next += PAGE;
    }
    return 0;
}

/* Bytes that argv and envp (arrays and strings) take in the args area. */
static uint64_t args_size(const struct mon_opts *o)
{
    uint64_t need = (1 + (uint64_t)o->nargs + 1 + (uint64_t)o->nenv + 1) * 8;
    for (int i = -1; i < o->nargs; i++)
        need += strlen(i < 0 ? o->image : o->args[i]) + 1;
    for (int i = 0; i < o->nenv; i++)
        need += strlen(o->env[i]) + 1;
    return need;
}

/* Copies argv (image path first, then the guest args) and the environment
 * into the args area (mon_boot_layout checked that they fit). */
static void put_args(struct mon_part *p, struct plinth_boot_info *bi)
{
    const struct mon_opts *o = p->opts;
    uint64_t argc = 1 + (uint64_t)o->nargs, envc = (uint64_t)o->nenv;
    uint64_t strs = PLINTH_ARGS_GPA + (argc + 1 + envc + 1) * 8;
    uint64_t *vec = mon_gpa(&p->mem, PLINTH_ARGS_GPA, args_size(o));
    uint64_t at = strs, k = 0;
    for (int i = -1; i < o->nargs + o->nenv; i++) {
        const char *s = i < 0 ? o->image
                        : i < o->nargs ? o->args[i] : o->env[i - o->nargs];
        size_t len = strlen(s) + 1;
        memcpy(mon_gpa(&p->mem, at, len), s, len);
        vec[k++] = at;
        at += len;
        if (i == o->nargs - 1)
            vec[k++] = 0;   /* argv's NULL */
    }
    vec[k] = 0;             /* envp's NULL */
    bi->argc = (uint32_t)argc;
    bi->envc = (uint32_t)envc;
    bi->argv = PLINTH_ARGS_GPA;
    bi->envp = PLINTH_ARGS_GPA + (argc + 1) * 8;
}

static void region(struct plinth_boot_info *bi, uint64_t base, uint64_t end,
                   uint32_t type)
{
    if (end > base && bi->nregions < PLINTH_MEM_REGIONS_MAX)
        bi->regions[bi->nregions++] =
            (struct plinth_mem_region){ base, end - base, type, 0 };
}

int mon_boot_vcpu(struct mon_part *p)
{
    struct mon_kvm *k = &p->kvm;
    struct plinth_boot_info *bi =
        mon_gpa(&p->mem, PLINTH_BOOTINFO_GPA, sizeof *bi);

    bi->magic = PLINTH_BOOT_MAGIC;
    bi->abi_version = PLINTH_ABI_VERSION;
    bi->mem_size = p->mem.size;
    bi->tsc_hz = mon_kvm_tsc_hz(k);
    bi->flags = (isatty(1) ? PLINTH_BOOT_STDOUT_TTY : 0) |
                (isatty(2) ? PLINTH_BOOT_STDERR_TTY : 0);
    region(bi, PLINTH_BOOTINFO_GPA, PLINTH_RINGS_GPA, PLINTH_MEM_BOOT);
    region(bi, PLINTH_RINGS_GPA, PLINTH_RINGS_GPA + PLINTH_RINGS_SIZE,
           PLINTH_MEM_RINGS);
    region(bi, p->img.lo & ~(PAGE - 1), align_up(p->img.end, PAGE),
           PLINTH_MEM_IMAGE);
    region(bi, p->free_base, p->mem.size, PLINTH_MEM_FREE);
    bi->image_end = p->img.end;
    for (int i = 0; i < MON_RINGS; i++)
        bi->rings[p->rings[i].stream] =
            (plinth_gpa_t)((uint8_t *)p->rings[i].hdr - p->mem.base);
    put_args(p, bi);
    if (mon_hc_entropy(bi->entropy, sizeof bi->entropy) < 0) {
        mon_err("getrandom: %s", strerror(errno));
        return -1;
    }

    struct kvm_sregs sr;
    if (ioctl(k->vcpu, KVM_GET_SREGS, &sr) < 0) {
        mon_err("kvm: KVM_GET_SREGS: %s", strerror(errno));
        return -1;
    }
    struct kvm_segment code = {
        .base = 0, .limit = 0xffffffff, .selector = 0x08, .type = 11,
        .present = 1, .dpl = 0, .db = 0, .s = 1, .l = 1, .g = 1,
    };
    struct kvm_segment data = code;
    data.selector = 0x10;
    data.type = 3;
    data.l = 0;
    data.db = 1;
    sr.cs = code;
    sr.ds = sr.es = sr.fs = sr.gs = sr.ss = data;
    sr.gdt.base = GDT_GPA;
    sr.gdt.limit = sizeof gdt - 1;
    sr.idt.base = 0;
    sr.idt.limit = 0;
    sr.cr0 = CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG;
    sr.cr3 = PML4_GPA;
    sr.cr4 = CR4_PAE | CR4_PGE | CR4_OSFXSR | CR4_OSXMMEXCPT |
             (k->fsgsbase ? CR4_FSGSBASE : 0) | (k->xsave ? CR4_OSXSAVE : 0);
    sr.efer = EFER_SCE | EFER_LME | EFER_LMA | EFER_NXE;
    if (ioctl(k->vcpu, KVM_SET_SREGS, &sr) < 0) {
        mon_err("kvm: KVM_SET_SREGS: %s", strerror(errno));
        return -1;
    }
    if (k->xsave) {
        struct kvm_xcrs x = { .nr_xcrs = 1 };
        x.xcrs[0].xcr = 0;
        x.xcrs[0].value = (XCR0_X87 | XCR0_SSE | XCR0_AVX) &
                          (k->avx ? ~0ull : ~XCR0_AVX) &
                          (k->xcr0_supported | XCR0_X87);
        if (ioctl(k->vcpu, KVM_SET_XCRS, &x) < 0) {
            mon_err("kvm: KVM_SET_XCRS: %s", strerror(errno));
            return -1;
        }
    }
    struct kvm_regs r = {
        .rip = p->img.entry,
        .rdi = PLINTH_BOOTINFO_GPA,
        .rsp = 0,
        .rflags = 0x2,
    };
    if (ioctl(k->vcpu, KVM_SET_REGS, &r) < 0) {
        mon_err("kvm: KVM_SET_REGS: %s", strerror(errno));
        return -1;
    }
    /* Last, so that the guest's clock starts as close to entry as we can. */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    bi->boot_tsc = mon_kvm_guest_tsc(k);
    bi->boot_wall_ns = (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
    return 0;
}
