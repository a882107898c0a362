/*
 * mon_elf: loads a static ELF64 x86-64 image.  Everything in the file is
 * untrusted: headers, counts, offsets and sizes are checked before use and
 * all arithmetic is checked for overflow.  Segments go at their physical
 * address (which must equal the virtual one: the guest is identity
 * mapped), either wholly in the supervisor area [1 MiB, 2 MiB) or wholly
 * at or above 2 MiB.  File data is read straight into guest memory; the
 * BSS is left alone, since fresh memfd pages read as zero and untouched
 * pages cost nothing.
 */
#include "mon_elf.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mon_mem.h"

#define PHNUM_MAX 64

static int fail(const char *path, const char *why)
{
    mon_err("%s: %s", path, why);
    return -1;
}

/* Reads exactly len bytes at off; returns 0, or -1 (short or error). */
static int read_at(int fd, void *buf, size_t len, uint64_t off)
{
    uint8_t *p = buf;
    while (len) {
        ssize_t n = pread(fd, p, len, (off_t)off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n, len -= (size_t)n, off += (uint64_t)n;
    }
    return 0;
}

static int check_header(const char *path, const Elf64_Ehdr *eh, uint64_t fsize)
{
    char why[128];
    if (eh->e_ident[EI_CLASS] == ELFCLASS32)
        return fail(path, "32-bit ELF (ELFCLASS32); plinth needs an ELF64 "
                          "x86-64 image");
    if (eh->e_ident[EI_CLASS] != ELFCLASS64)
        return fail(path, "bad ELF class; plinth needs an ELF64 image");
    if (fsize < sizeof *eh)
        return fail(path, "truncated ELF header");
    if (eh->e_ident[EI_DATA] != ELFDATA2LSB)
        return fail(path, "big-endian ELF; plinth needs little-endian x86-64");
    if (eh->e_ident[EI_VERSION] != EV_CURRENT || eh->e_version != EV_CURRENT)
        return fail(path, "unknown ELF version");
    if (eh->e_machine != EM_X86_64) {
        snprintf(why, sizeof why,
                 "wrong machine %u in the ELF header; plinth needs x86-64 (%u)",
                 eh->e_machine, EM_X86_64);
        return fail(path, why);
    }
    if (eh->e_type != ET_EXEC)
        return fail(path, "not a static executable (ELF type is not EXEC)");
    if (eh->e_phentsize != sizeof(Elf64_Phdr))
        return fail(path, "bad program header size in the ELF header");
    if (eh->e_phnum == 0 || eh->e_phnum > PHNUM_MAX)
        return fail(path, eh->e_phnum ? "too many program headers"
                                      : "no program headers");
    uint64_t phend = eh->e_phoff + (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr);
    if (eh->e_phoff > fsize || phend < eh->e_phoff || phend > fsize)
        return fail(path, "truncated program headers");
    return 0;
}

/* Checks one PT_LOAD against the file and guest memory. */
static int check_load(const char *path, const Elf64_Phdr *ph, uint64_t fsize,
                      uint64_t memsize)
{
    char why[200];
    uint64_t end = ph->p_paddr + ph->p_memsz;
    if (ph->p_filesz > ph->p_memsz)
        return fail(path, "segment with more file bytes than memory bytes");
    if (ph->p_offset > fsize || ph->p_filesz > fsize - ph->p_offset)
        return fail(path, "truncated segment data (segment extends past the "
                          "end of the file)");
    if (ph->p_vaddr != ph->p_paddr)
        return fail(path, "segment virtual and physical addresses differ "
                          "(the guest is identity mapped)");
    if (end < ph->p_paddr || end > memsize) {
        snprintf(why, sizeof why,
                 "segment 0x%llx..0x%llx lies outside guest memory "
                 "(%llu MiB; see --memory)",
                 (unsigned long long)ph->p_paddr, (unsigned long long)end,
                 (unsigned long long)(memsize >> 20));
        return fail(path, why);
    }
    if (ph->p_paddr < PLINTH_SV_BASE) {
        snprintf(why, sizeof why,
                 "segment at 0x%llx is below 1 MiB (the boot area); images "
                 "start at 1 MiB", (unsigned long long)ph->p_paddr);
        return fail(path, why);
    }
    if (ph->p_paddr < PLINTH_SV_END && end > PLINTH_SV_END) {
        snprintf(why, sizeof why,
                 "segment 0x%llx..0x%llx crosses 2 MiB, the boundary between "
                 "the supervisor and user parts of the image",
                 (unsigned long long)ph->p_paddr, (unsigned long long)end);
        return fail(path, why);
    }
    return 0;
}

int mon_elf_load(const char *path, const struct mon_mem *m,
                 struct mon_image *img)
{
    char why[200];
    Elf64_Ehdr eh;
    Elf64_Phdr ph[PHNUM_MAX];
    struct stat st;
    int rc = -1;

    memset(img, 0, sizeof *img);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        mon_err("%s: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) < 0) {
        mon_err("%s: %s", path, strerror(errno));
        goto out;
    }
    if (S_ISDIR(st.st_mode)) {
        fail(path, "is a directory, not an ELF image");
        goto out;
    }
    if (!S_ISREG(st.st_mode)) {
        fail(path, "not a regular file");
        goto out;
    }
    uint64_t fsize = (uint64_t)st.st_size;
    if (fsize == 0) {
        fail(path, "empty file, not an ELF image");
        goto out;
    }
    memset(&eh, 0, sizeof eh);
    size_t hlen = fsize < sizeof eh ? (size_t)fsize : sizeof eh;
    if (read_at(fd, &eh, hlen, 0) < 0) {
        mon_err("%s: cannot read: %s", path, strerror(errno));
        goto out;
    }
    if (hlen < SELFMAG || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) {
        fail(path, "not an ELF file");
        goto out;
    }
    if (hlen < EI_NIDENT) {
        fail(path, "truncated ELF header");
        goto out;
    }
    if (check_header(path, &eh, fsize) < 0)
        goto out;
    if (read_at(fd, ph, eh.e_phnum * sizeof ph[0], eh.e_phoff) < 0) {
        fail(path, "truncated program headers");
        goto out;
    }

    /* Check every PT_LOAD, keeping them sorted by address. */
    for (int i = 0; i < eh.e_phnum; i++) {
        if (ph[i].p_type == PT_INTERP || ph[i].p_type == PT_DYNAMIC) {
            fail(path, "dynamically linked; plinth needs a static image");
            goto out;
        }
        if (ph[i].p_type != PT_LOAD)
            continue;
        if (ph[i].p_memsz == 0) {
            if (ph[i].p_filesz == 0)
                continue;   /* an empty segment loads nothing */
            fail(path, "segment with more file bytes than memory bytes");
            goto out;
        }
        if (check_load(path, &ph[i], fsize, m->size) < 0)
            goto out;
        if (img->nsegs == MON_SEGS_MAX) {
            fail(path, "too many loadable segments");
            goto out;
        }
        struct mon_seg s = { ph[i].p_paddr, ph[i].p_memsz, ph[i].p_flags };
        int j = img->nsegs++;
        while (j > 0 && img->segs[j - 1].gpa > s.gpa) {
            img->segs[j] = img->segs[j - 1];
            j--;
        }
        img->segs[j] = s;
    }
    if (img->nsegs == 0) {
        fail(path, "no loadable segments");
        goto out;
    }
    for (int i = 1; i < img->nsegs; i++) {
        const struct mon_seg *a = &img->segs[i - 1], *b = &img->segs[i];
        if (a->gpa + a->memsz > b->gpa) {
            snprintf(why, sizeof why, "segments overlap at 0x%llx",
                     (unsigned long long)b->gpa);
            fail(path, why);
            goto out;
        }
    }
    img->lo = img->segs[0].gpa;
    for (int i = 0; i < img->nsegs; i++) {
        uint64_t end = img->segs[i].gpa + img->segs[i].memsz;
        if (end > img->end)
            img->end = end;
    }

    /* The entry must be in a loaded executable segment. */
    img->entry = eh.e_entry;
    int entry_ok = 0;
    for (int i = 0; i < img->nsegs; i++)
        if ((img->segs[i].flags & PF_X) && eh.e_entry >= img->segs[i].gpa &&
            eh.e_entry - img->segs[i].gpa < img->segs[i].memsz)
            entry_ok = 1;
    if (!entry_ok) {
        snprintf(why, sizeof why,
                 "entry point 0x%llx is not in a loaded executable segment",
                 (unsigned long long)eh.e_entry);
        fail(path, why);
        goto out;
    }

    /* Load: file bytes only (see the comment at the top). */
    for (int i = 0; i < eh.e_phnum; i++) {
        if (ph[i].p_type != PT_LOAD || ph[i].p_memsz == 0 ||
            ph[i].p_filesz == 0)
            continue;
        void *dst = mon_gpa(m, ph[i].p_paddr, ph[i].p_filesz);
        if (!dst || read_at(fd, dst, ph[i].p_filesz, ph[i].p_offset) < 0) {
            fail(path, "cannot read segment data");
            goto out;
        }
    }
    rc = 0;
out:
    close(fd);
    return rc;
}
