/*
 * mon_files: exported host directories and the file hypercalls
 * (docs/files.md).
 *
 * The guest names files by its own paths; the longest export whose guest
 * path holds a path serves it, and the rest of the path is resolved by the
 * kernel under the export's directory fd with openat2(RESOLVE_BENEATH |
 * RESOLVE_NO_MAGICLINKS): `..` above the export, absolute symbolic links
 * and links that lead out are refused there, in one place, with no race
 * between a check and a use.  Operations on a name (mkdir, delete, rename)
 * resolve the parent that way and act on the last component with the *at
 * calls.  A path outside every export does not exist for the guest.
 *
 * Every value from the guest is hostile: buffers pass mon_gpa and the
 * partition's layout rules (as mon_hc's), lengths are bounded, handles are
 * indexes checked against the table.  What a program may legitimately get
 * wrong (a missing file, a long name, a NUL) is an `error` for Java, not
 * an ABI break.
 */
#include "mon_files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mon_hc.h"
#include "mon_mem.h"
#include "mon_vcpu.h"

#define FILES_EXPORTS_MAX 32
#define FILES_OPEN_MAX    1024

struct files_export {
    char *guest;          /* absolute, normalized; "/" possible */
    size_t guest_len;
    char *host;           /* realpath of the host directory */
    int dirfd;            /* O_PATH | O_DIRECTORY */
    int ro;
};

struct files_open {
    int fd;               /* -1: free */
    int readable, writable;
};

static struct files_export exports[FILES_EXPORTS_MAX];
static int nexports;
static struct files_open open_files[FILES_OPEN_MAX];
static int open_init;
static char *guest_cwd;
static int cwd_done;

/* ---- exports (the command line) ------------------------------------------ */

/* Collapses "//", drops "." components and a trailing "/"; refuses "..".
 * s is absolute.  Returns 0 or -1. */
static int normalize(char *s)
{
    char *w = s;
    const char *r = s;
    while (*r) {
        while (*r == '/')
            r++;
        const char *c = r;
        while (*r && *r != '/')
            r++;
        size_t n = (size_t)(r - c);
        if (n == 0 || (n == 1 && c[0] == '.'))
            continue;
        if (n == 2 && c[0] == '.' && c[1] == '.')
            return -1;
        *w++ = '/';
        memmove(w, c, n);
        w += n;
    }
    if (w == s)
        *w++ = '/';
    *w = 0;
    return 0;
}

static long sys_openat2(int dirfd, const char *path, uint64_t flags, uint64_t mode)
{
    struct open_how how = {
        .flags = flags | O_CLOEXEC, .mode = mode,
        .resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS,
    };
    long r;
    do
        r = syscall(SYS_openat2, dirfd, path, &how, sizeof how);
    while (r < 0 && errno == EINTR);
    return r;
}

int mon_files_export(const char *spec)
{
    char *s = strdup(spec);
    if (!s) {
        mon_err("--dir %s: out of memory", spec);
        return -1;
    }
    int ro = 0;
    size_t n = strlen(s);
    if (n > 3 && strcmp(s + n - 3, ":ro") == 0) {
        ro = 1;
        s[n - 3] = 0;
    }
    char *guest = strchr(s, ':');
    if (guest)
        *guest++ = 0;
    if (!*s || (guest && *guest != '/')) {
        mon_err("--dir %s: expected HOST_PATH[:GUEST_PATH][:ro] with an "
                "absolute GUEST_PATH", spec);
        free(s);
        return -1;
    }
    if (nexports == FILES_EXPORTS_MAX) {
        mon_err("--dir %s: at most %d directories can be exported", spec,
                FILES_EXPORTS_MAX);
        free(s);
        return -1;
    }
    char *host = realpath(s, NULL);
    int fd = host ? open(host, O_PATH | O_DIRECTORY | O_CLOEXEC) : -1;
    if (fd < 0) {
        mon_err("--dir %s: %s: %s", spec, s, strerror(errno));
        free(host);
        free(s);
        return -1;
    }
    /* The kernel does the jail; without openat2 (Linux < 5.6) we refuse
     * rather than guess. */
    long probe = sys_openat2(fd, ".", O_PATH | O_DIRECTORY, 0);
    if (probe < 0) {
        mon_err("--dir %s: openat2 with RESOLVE_BENEATH is unavailable (%s): "
                "exports need Linux 5.6 or later", spec, strerror(errno));
        close(fd);
        free(host);
        free(s);
        return -1;
    }
    close((int)probe);
    char *g = strdup(guest ? guest : host);
    if (!g || normalize(g) < 0) {
        mon_err("--dir %s: the guest path may not contain '..'", spec);
        close(fd);
        free(host);
        free(g);
        free(s);
        return -1;
    }
    for (int i = 0; i < nexports; i++)
        if (strcmp(exports[i].guest, g) == 0) {
            mon_err("--dir %s: %s is exported twice", spec, g);
            close(fd);
            free(host);
            free(g);
            free(s);
            return -1;
        }
    exports[nexports++] = (struct files_export){
        .guest = g, .guest_len = strlen(g), .host = host, .dirfd = fd, .ro = ro };
    free(s);
    cwd_done = 0;
    return 0;
}

/* Is `path` (absolute) at or under `dir`?  Returns the length of the
 * prefix to drop, or -1. */
static long under(const char *path, const char *dir, size_t dlen)
{
    if (dlen == 1 && dir[0] == '/')
        return 0;
    if (strncmp(path, dir, dlen) != 0 || (path[dlen] && path[dlen] != '/'))
        return -1;
    return (long)dlen;
}

const char *mon_files_cwd(void)
{
    if (cwd_done)
        return guest_cwd;
    cwd_done = 1;
    free(guest_cwd);
    guest_cwd = NULL;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return NULL;
    long best = -1;
    int which = -1;
    for (int i = 0; i < nexports; i++) {
        long k = under(cwd, exports[i].host, strlen(exports[i].host));
        if (k > best) {
            best = k;
            which = i;
        }
    }
    if (which < 0)
        return NULL;
    const char *rest = cwd + best;
    const char *g = exports[which].guest;
    size_t gl = exports[which].guest_len;
    guest_cwd = malloc(gl + strlen(rest) + 2);
    if (!guest_cwd)
        return NULL;
    if (gl == 1 && *rest)
        strcpy(guest_cwd, rest);
    else
        sprintf(guest_cwd, "%s%s", g, rest);
    return guest_cwd;
}

/* ---- guest values --------------------------------------------------------- */

/* A guest buffer as mon_hc checks them: inside guest memory, never in the
 * boot area for a write, supervisor memory only for ring 0.  NULL after
 * stopping the partition (*rc is then its exit code). */
static void *guest_buf(struct mon_part *p, unsigned nr, const char *what,
                       plinth_gpa_t gpa, uint64_t len, int write, int *rc)
{
    void *host;
    const char *why = mon_hc_check_range(p, gpa, len, write, &host);
    if (!why)
        return host;
    *rc = mon_vcpu_fail(p, MON_EXIT_BROKE,
                        "guest broke the ABI: hypercall %s: %s 0x%llx, length "
                        "%llu %s", mon_hc_name(nr), what,
                        (unsigned long long)gpa, (unsigned long long)len, why);
    return NULL;
}

static int broke(struct mon_part *p, unsigned nr, const char *why, unsigned long long v)
{
    return mon_vcpu_fail(p, MON_EXIT_BROKE, "guest broke the ABI: hypercall %s: "
                         "%s %llu", mon_hc_name(nr), why, v);
}

static int32_t fe(int e)
{
    switch (e) {
    case 0: return PLINTH_FE_OK;
    case ENOENT: return PLINTH_FE_NOENT;
    case EACCES: case EPERM: case EROFS: return PLINTH_FE_ACCES;
    case EEXIST: return PLINTH_FE_EXIST;
    case ENOTDIR: return PLINTH_FE_NOTDIR;
    case EISDIR: return PLINTH_FE_ISDIR;
    case ENOTEMPTY: return PLINTH_FE_NOTEMPTY;
    case EINVAL: return PLINTH_FE_INVAL;
    case ENAMETOOLONG: return PLINTH_FE_NAMETOOLONG;
    case ELOOP: return PLINTH_FE_LOOP;
    case ENOSPC: case EDQUOT: case EFBIG: return PLINTH_FE_NOSPC;
    /* RESOLVE_BENEATH's refusal: the path leads out of its export, where
     * nothing exists for the guest. */
    case EXDEV: return PLINTH_FE_NOENT;
    case EMFILE: case ENFILE: return PLINTH_FE_MFILE;
    case EBADF: return PLINTH_FE_BADF;
    default: return PLINTH_FE_IO;
    }
}

/* A resolved guest path: the export that serves it and the path inside
 * it, relative ("." for the export itself). */
struct files_path {
    struct files_export *e;
    char rel[PLINTH_PATH_MAX + 2];
};

/* Reads and resolves a guest path.  Returns MON_CONTINUE with *err set
 * (0 on success), or an exit code if the call was malformed. */
static int guest_path(struct mon_part *p, unsigned nr, plinth_gpa_t gpa,
                      uint64_t len, struct files_path *fp, int32_t *err)
{
    if (len > PLINTH_PATH_MAX) {
        *err = PLINTH_FE_NAMETOOLONG;
        return MON_CONTINUE;
    }
    int rc = MON_CONTINUE;
    const char *src = guest_buf(p, nr, "path", gpa, len, 0, &rc);
    if (!src)
        return rc;
    /* Copy first: the guest may change its memory under us. */
    char buf[PLINTH_PATH_MAX + 1];
    memcpy(buf, src, (size_t)len);
    buf[len] = 0;
    if (len == 0 || memchr(buf, 0, (size_t)len)) {
        *err = len ? PLINTH_FE_INVAL : PLINTH_FE_NOENT;
        return MON_CONTINUE;
    }
    /* Absolute and without "//" or "/./"; ".." stays for the kernel to
     * judge under the export. */
    char abs[2 * PLINTH_PATH_MAX + 4];
    const char *cwd = buf[0] == '/' ? NULL : mon_files_cwd();
    snprintf(abs, sizeof abs, "%s/%s", buf[0] == '/' ? "" : cwd ? cwd : "", buf);
    char *w = abs;
    for (const char *r = abs; *r;) {
        if (r[0] == '/' && (r[1] == '/' || (r[1] == '.' && (r[2] == '/' || !r[2])))) {
            r += r[1] == '/' ? 1 : 2;
            continue;
        }
        *w++ = *r++;
    }
    if (w > abs + 1 && w[-1] == '/')
        w--;
    *w = 0;
    if (w == abs) {
        abs[0] = '/';
        abs[1] = 0;
    }
    long best = -1;
    struct files_export *e = NULL;
    for (int i = 0; i < nexports; i++) {
        long k = under(abs, exports[i].guest, exports[i].guest_len);
        if (k >= 0 && (k > best || (k == best && exports[i].guest_len > e->guest_len))) {
            best = k;
            e = &exports[i];
        }
    }
    if (!e) {
        *err = PLINTH_FE_NOENT;
        return MON_CONTINUE;
    }
    const char *rest = abs + best;
    while (*rest == '/')
        rest++;
    if (strlen(rest) > PLINTH_PATH_MAX) {
        *err = PLINTH_FE_NAMETOOLONG;
        return MON_CONTINUE;
    }
    strcpy(fp->rel, *rest ? rest : ".");
    fp->e = e;
    *err = 0;
    return MON_CONTINUE;
}

/* Splits fp->rel into its parent, opened beneath the export (O_PATH), and
 * its last name.  Returns the parent fd, or -1 with errno set. */
static int parent_of(struct files_path *fp, const char **name)
{
    char *slash = strrchr(fp->rel, '/');
    const char *parent = ".";
    if (slash) {
        *slash = 0;
        *name = slash + 1;
        parent = fp->rel;
    } else {
        *name = fp->rel;
    }
    if (strcmp(*name, ".") == 0 || strcmp(*name, "..") == 0) {
        /* the export itself, or a name that is not one: refused */
        errno = strcmp(*name, ".") == 0 ? EACCES : EINVAL;
        return -1;
    }
    return (int)sys_openat2(fp->e->dirfd, parent, O_PATH | O_DIRECTORY, 0);
}

static struct files_open *handle(uint32_t h)
{
    if (h >= FILES_OPEN_MAX || !open_init || open_files[h].fd < 0)
        return NULL;
    return &open_files[h];
}

int mon_files_open_count(void)
{
    int n = 0;
    for (int i = 0; open_init && i < FILES_OPEN_MAX; i++)
        n += open_files[i].fd >= 0;
    return n;
}

/* ---- the hypercalls ------------------------------------------------------- */

int mon_files_hc_open(struct mon_part *p, void *arg)
{
    struct plinth_hc_fopen *a = arg;
    const uint32_t known = PLINTH_FO_READ | PLINTH_FO_WRITE | PLINTH_FO_APPEND |
                           PLINTH_FO_CREATE | PLINTH_FO_TRUNC | PLINTH_FO_EXCL;
    a->handle = PLINTH_FILE_NOHANDLE;
    if (a->flags & ~known)
        return broke(p, PLINTH_HC_FOPEN, "unknown flags", a->flags & ~known);
    struct files_path fp;
    int rc = guest_path(p, PLINTH_HC_FOPEN, a->path, a->path_len, &fp, &a->error);
    if (rc != MON_CONTINUE || a->error)
        return rc;
    int rd = (a->flags & PLINTH_FO_READ) != 0;
    int wr = (a->flags & (PLINTH_FO_WRITE | PLINTH_FO_APPEND)) != 0;
    if (!rd && !wr) {
        a->error = PLINTH_FE_INVAL;
        return MON_CONTINUE;
    }
    if (wr && fp.e->ro) {
        a->error = PLINTH_FE_ACCES;
        return MON_CONTINUE;
    }
    if (!open_init) {
        for (int i = 0; i < FILES_OPEN_MAX; i++)
            open_files[i].fd = -1;
        open_init = 1;
    }
    int slot = -1;
    for (int i = 0; i < FILES_OPEN_MAX && slot < 0; i++)
        if (open_files[i].fd < 0)
            slot = i;
    if (slot < 0) {
        a->error = PLINTH_FE_MFILE;
        return MON_CONTINUE;
    }
    uint64_t flags = (rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY) | O_NOCTTY |
                     O_NONBLOCK;
    if (a->flags & PLINTH_FO_APPEND)
        flags |= O_APPEND;
    if (wr && (a->flags & PLINTH_FO_CREATE))
        flags |= O_CREAT;
    if (wr && (a->flags & PLINTH_FO_TRUNC))
        flags |= O_TRUNC;
    if (wr && (a->flags & PLINTH_FO_EXCL))
        flags |= O_EXCL | O_CREAT;
    /* openat2 refuses a mode without O_CREAT */
    long fd = sys_openat2(fp.e->dirfd, fp.rel, flags, (flags & O_CREAT) ? 0666 : 0);
    if (fd < 0) {
        a->error = fe(errno);
        return MON_CONTINUE;
    }
    /* Regular files and directories only: a FIFO or a device would let
     * the guest block or reach hardware through the monitor.  A directory
     * opened for reading is java's "Is a directory". */
    struct stat st;
    if (fstat((int)fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
        close((int)fd);
        a->error = PLINTH_FE_ACCES;
        return MON_CONTINUE;
    }
    if (S_ISDIR(st.st_mode)) {
        close((int)fd);
        a->error = PLINTH_FE_ISDIR;
        return MON_CONTINUE;
    }
    open_files[slot] = (struct files_open){ (int)fd, rd, wr };
    a->handle = (uint32_t)slot;
    a->error = 0;
    return MON_CONTINUE;
}

int mon_files_hc_close(struct mon_part *p, void *arg)
{
    struct plinth_hc_fclose *a = arg;
    (void)p;
    struct files_open *f = handle(a->handle);
    if (!f) {
        a->error = PLINTH_FE_BADF;
        return MON_CONTINUE;
    }
    close(f->fd);
    f->fd = -1;
    a->error = 0;
    return MON_CONTINUE;
}

static int file_io(struct mon_part *p, void *arg, unsigned nr)
{
    struct plinth_hc_fio *a = arg;
    int writing = nr == PLINTH_HC_FWRITE;
    a->done = 0;
    if (a->len > PLINTH_FILE_IO_MAX)
        return broke(p, nr, "length over PLINTH_FILE_IO_MAX:", a->len);
    if (a->offset > (uint64_t)INT64_MAX - a->len)
        return broke(p, nr, "offset", a->offset);
    int rc = MON_CONTINUE;
    uint8_t *buf = guest_buf(p, nr, "buffer", a->buf, a->len, !writing, &rc);
    if (!buf)
        return rc;
    struct files_open *f = handle(a->handle);
    if (!f || (writing ? !f->writable : !f->readable)) {
        a->error = PLINTH_FE_BADF;
        return MON_CONTINUE;
    }
    a->error = 0;
    while (a->done < a->len) {
        ssize_t n = writing
            ? pwrite(f->fd, buf + a->done, (size_t)(a->len - a->done),
                     (off_t)(a->offset + a->done))
            : pread(f->fd, buf + a->done, (size_t)(a->len - a->done),
                    (off_t)(a->offset + a->done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            a->error = fe(errno);
            break;
        }
        if (n == 0)
            break;   /* end of file */
        a->done += (uint64_t)n;
    }
    return MON_CONTINUE;
}

int mon_files_hc_read(struct mon_part *p, void *arg)
{
    return file_io(p, arg, PLINTH_HC_FREAD);
}

int mon_files_hc_write(struct mon_part *p, void *arg)
{
    return file_io(p, arg, PLINTH_HC_FWRITE);
}

int mon_files_hc_stat(struct mon_part *p, void *arg)
{
    struct plinth_hc_fstat *a = arg;
    struct stat st;
    int ro = 0, fd = -1;
    a->kind = PLINTH_FK_NONE;
    a->access = 0;
    a->size = 0;
    a->mtime_ns = 0;
    if (a->handle != PLINTH_FILE_NOHANDLE) {
        struct files_open *f = handle(a->handle);
        if (!f) {
            a->error = PLINTH_FE_BADF;
            return MON_CONTINUE;
        }
        if (fstat(f->fd, &st) != 0) {
            a->error = fe(errno);
            return MON_CONTINUE;
        }
        ro = !f->writable;
    } else {
        struct files_path fp;
        int rc = guest_path(p, PLINTH_HC_FSTAT, a->path, a->path_len, &fp, &a->error);
        if (rc != MON_CONTINUE || a->error)
            return rc;
        fd = (int)sys_openat2(fp.e->dirfd, fp.rel, O_PATH, 0);
        if (fd < 0 || fstat(fd, &st) != 0) {
            a->error = fe(errno);
            if (fd >= 0)
                close(fd);
            return MON_CONTINUE;
        }
        ro = fp.e->ro;
    }
    a->kind = S_ISREG(st.st_mode) ? PLINTH_FK_FILE
            : S_ISDIR(st.st_mode) ? PLINTH_FK_DIR : PLINTH_FK_OTHER;
    a->size = (uint64_t)st.st_size;
    a->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
    if (fd >= 0) {
        /* access(2)'s answer for this process, as java's canRead asks */
        if (faccessat(fd, "", R_OK, AT_EMPTY_PATH | AT_EACCESS) == 0)
            a->access |= PLINTH_FA_READ;
        if (!ro && faccessat(fd, "", W_OK, AT_EMPTY_PATH | AT_EACCESS) == 0)
            a->access |= PLINTH_FA_WRITE;
        if (faccessat(fd, "", X_OK, AT_EMPTY_PATH | AT_EACCESS) == 0)
            a->access |= PLINTH_FA_EXEC;
        close(fd);
    }
    a->error = 0;
    return MON_CONTINUE;
}

int mon_files_hc_list(struct mon_part *p, void *arg)
{
    struct plinth_hc_flist *a = arg;
    a->needed = 0;
    a->count = 0;
    if (a->len > PLINTH_FILE_LIST_MAX)
        return broke(p, PLINTH_HC_FLIST, "length over PLINTH_FILE_LIST_MAX:", a->len);
    int rc = MON_CONTINUE;
    char *out = guest_buf(p, PLINTH_HC_FLIST, "buffer", a->buf, a->len, 1, &rc);
    if (!out)
        return rc;
    struct files_path fp;
    rc = guest_path(p, PLINTH_HC_FLIST, a->path, a->path_len, &fp, &a->error);
    if (rc != MON_CONTINUE || a->error)
        return rc;
    long fd = sys_openat2(fp.e->dirfd, fp.rel, O_RDONLY | O_DIRECTORY, 0);
    DIR *d = fd >= 0 ? fdopendir((int)fd) : NULL;
    if (!d) {
        a->error = fe(errno);
        if (fd >= 0)
            close((int)fd);
        return MON_CONTINUE;
    }
    /* Two passes over one stream would race with changes; collect once. */
    size_t cap = 4096, used = 0;
    uint32_t count = 0;
    char *names = malloc(cap);
    struct dirent *de;
    a->error = 0;
    while (names && (de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        size_t n = strlen(de->d_name) + 1;
        if (used + n > cap) {
            char *bigger = used + n <= PLINTH_FILE_LIST_MAX ? realloc(names, cap * 2 + n) : NULL;
            if (!bigger) {
                a->error = PLINTH_FE_NOMEM;
                break;
            }
            names = bigger;
            cap = cap * 2 + n;
        }
        memcpy(names + used, de->d_name, n);
        used += n;
        count++;
    }
    closedir(d);
    if (!names)
        a->error = PLINTH_FE_NOMEM;
    if (!a->error) {
        a->needed = used;
        if (used <= a->len) {
            memcpy(out, names, used);
            a->count = count;
        }
    }
    free(names);
    return MON_CONTINUE;
}

int mon_files_hc_op(struct mon_part *p, void *arg)
{
    struct plinth_hc_fop *a = arg;
    if (a->op == PLINTH_FOP_TRUNCATE) {
        struct files_open *f = handle(a->handle);
        if (!f || !f->writable)
            a->error = PLINTH_FE_BADF;
        else if (a->length > (uint64_t)INT64_MAX)
            a->error = PLINTH_FE_INVAL;
        else
            a->error = ftruncate(f->fd, (off_t)a->length) == 0 ? 0 : fe(errno);
        return MON_CONTINUE;
    }
    if (a->op != PLINTH_FOP_MKDIR && a->op != PLINTH_FOP_DELETE &&
        a->op != PLINTH_FOP_RENAME)
        return broke(p, PLINTH_HC_FOP, "unknown operation", a->op);
    static struct files_path fp, fp2;
    int rc = guest_path(p, PLINTH_HC_FOP, a->path, a->path_len, &fp, &a->error);
    if (rc != MON_CONTINUE || a->error)
        return rc;
    if (a->op == PLINTH_FOP_RENAME) {
        rc = guest_path(p, PLINTH_HC_FOP, a->path2, a->path2_len, &fp2, &a->error);
        if (rc != MON_CONTINUE || a->error)
            return rc;
        if (fp.e != fp2.e) {
            a->error = PLINTH_FE_XDEV;
            return MON_CONTINUE;
        }
    }
    if (fp.e->ro) {
        a->error = PLINTH_FE_ACCES;
        return MON_CONTINUE;
    }
    const char *name, *name2;
    int dfd = parent_of(&fp, &name);
    if (dfd < 0) {
        a->error = a->op == PLINTH_FOP_MKDIR && errno == EACCES ? PLINTH_FE_EXIST
                                                               : fe(errno);
        return MON_CONTINUE;
    }
    int r;
    if (a->op == PLINTH_FOP_MKDIR) {
        r = mkdirat(dfd, name, 0777);
    } else if (a->op == PLINTH_FOP_DELETE) {
        r = unlinkat(dfd, name, 0);
        if (r != 0 && errno == EISDIR)
            r = unlinkat(dfd, name, AT_REMOVEDIR);
    } else {
        int dfd2 = parent_of(&fp2, &name2);
        if (dfd2 < 0) {
            a->error = fe(errno);
            close(dfd);
            return MON_CONTINUE;
        }
        r = renameat(dfd, name, dfd2, name2);
        close(dfd2);
    }
    a->error = r == 0 ? 0 : fe(errno);
    close(dfd);
    return MON_CONTINUE;
}
