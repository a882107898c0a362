/*
 * sv_fault.c: the supervisor's fault report (ring 0).
 *
 * Every CPU exception lands here (through the stubs in sv_entry.S) and ends
 * the partition with one readable ABORT message: the exception's name, the
 * ring it came from, the error code decoded for #PF, RIP, RSP, CR2 and the
 * general registers.  A fault is fatal, so this path may be slow; it must
 * only never fault itself, so it uses no library code and no globals of
 * ring 3 beyond the stack-guard symbol.
 */
#include <stdint.h>
#include "plinth/abi.h"

struct sv_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;   /* pushed by the CPU */
};

void sv_fault(const struct sv_frame *f);

extern char k_stack_guard[];   /* the read-only page below ring 3's stack */

static const char *const sv_names[32] = {
    "#DE divide error", "#DB debug", "NMI", "#BP breakpoint",
    "#OF overflow", "#BR bound range exceeded", "#UD invalid opcode",
    "#NM device not available", "#DF double fault",
    "coprocessor segment overrun", "#TS invalid TSS",
    "#NP segment not present", "#SS stack-segment fault",
    "#GP general protection", "#PF page fault", "reserved vector 15",
    "#MF x87 floating-point error", "#AC alignment check",
    "#MC machine check", "#XM SIMD floating-point exception",
    "#VE virtualization exception", "#CP control protection",
    "reserved vector 22", "reserved vector 23", "reserved vector 24",
    "reserved vector 25", "reserved vector 26", "reserved vector 27",
    "#HV hypervisor injection", "#VC VMM communication",
    "#SX security exception", "reserved vector 31",
};

static char sv_msg[1024];
static struct plinth_hc_abort sv_abort_args;
static unsigned sv_len;

static void sv_puts(const char *s)
{
    while (*s && sv_len < sizeof sv_msg)
        sv_msg[sv_len++] = *s++;
}

static void sv_hex(uint64_t v)
{
    char buf[19];
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = 0; i < 16; i++)
        buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 0xf];
    buf[18] = 0;
    sv_puts(buf);
}

static void sv_reg(const char *name, uint64_t v)
{
    sv_puts(name);
    sv_puts(" ");
    sv_hex(v);
}

/* "user write to a page that is not present", etc. */
static void sv_pf_cause(uint64_t err)
{
    sv_puts(err & 4 ? " (user " : " (supervisor ");
    sv_puts(err & 16 ? "instruction fetch" : err & 2 ? "write" : "read");
    sv_puts(err & 1 ? ", protection violation)" : ", page not present)");
}

void sv_fault(const struct sv_frame *f)
{
    uint64_t cr2;
    __asm__ volatile("mov %%cr2, %0" : "=r"(cr2));

    sv_len = 0;
    sv_puts("fault: ");
    sv_puts(f->vector < 32 ? sv_names[f->vector] : "unknown vector");
    sv_puts((f->cs & 3) == 3 ? " in ring 3" : " in the ring-0 supervisor");
    if (f->vector == 14) {
        sv_pf_cause(f->error);
        uint64_t guard = (uint64_t)k_stack_guard;
        if (cr2 >= guard && cr2 - guard < 4096)
            sv_puts(" (ring-3 stack overflow)");
    }
    sv_puts("\n  ");
    sv_reg("rip", f->rip);
    sv_reg("  rsp", f->rsp);
    sv_reg("  cr2", cr2);
    sv_puts("\n  ");
    sv_reg("error", f->error);
    sv_reg("  rflags", f->rflags);
    sv_reg("  cs", f->cs);
    sv_puts("\n  ");
    sv_reg("rax", f->rax); sv_reg("  rbx", f->rbx); sv_reg("  rcx", f->rcx);
    sv_puts("\n  ");
    sv_reg("rdx", f->rdx); sv_reg("  rsi", f->rsi); sv_reg("  rdi", f->rdi);
    sv_puts("\n  ");
    sv_reg("rbp", f->rbp); sv_reg("  r8 ", f->r8); sv_reg("  r9 ", f->r9);
    sv_puts("\n  ");
    sv_reg("r10", f->r10); sv_reg("  r11", f->r11); sv_reg("  r12", f->r12);
    sv_puts("\n  ");
    sv_reg("r13", f->r13); sv_reg("  r14", f->r14); sv_reg("  r15", f->r15);

    sv_abort_args.msg = (uint64_t)sv_msg;
    sv_abort_args.len = sv_len;
    __asm__ volatile("outl %0, %w1"
                     :: "a"((uint32_t)(uint64_t)&sv_abort_args),
                        "d"(PLINTH_HC_PORT(PLINTH_HC_ABORT)) : "memory");
}
