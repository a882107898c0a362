/*
 * platform_hosted_fs.c: platform.h's files on the host's file system, for
 * the hosted JVM: plain POSIX, unbuffered, as java's own natives do it
 * (java.io and java.nio buffer above).  A handle is the file descriptor.
 */
#include "platform.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int fs_err(int e)
{
    switch (e) {
    case ENOENT: return PLAT_FS_NOENT;
    case EACCES: case EPERM: case EROFS: return PLAT_FS_ACCES;
    case EEXIST: return PLAT_FS_EXIST;
    case ENOTDIR: return PLAT_FS_NOTDIR;
    case EISDIR: return PLAT_FS_ISDIR;
    case ENOTEMPTY: return PLAT_FS_NOTEMPTY;
    case EINVAL: return PLAT_FS_INVAL;
    case ENAMETOOLONG: return PLAT_FS_NAMETOOLONG;
    case ELOOP: return PLAT_FS_LOOP;
    case ENOSPC: case EDQUOT: case EFBIG: return PLAT_FS_NOSPC;
    case EXDEV: return PLAT_FS_XDEV;
    case EMFILE: case ENFILE: return PLAT_FS_MFILE;
    case EBADF: return PLAT_FS_BADF;
    case ENOMEM: return PLAT_FS_NOMEM;
    default: return PLAT_FS_IO;
    }
}

int plat_fs_open(const char *path, unsigned flags, int64_t *handle)
{
    bool rd = flags & PLAT_FO_READ, wr = flags & (PLAT_FO_WRITE | PLAT_FO_APPEND);
    if (!rd && !wr)
        return PLAT_FS_INVAL;
    int of = (rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY) | O_CLOEXEC;
    if (flags & PLAT_FO_APPEND)
        of |= O_APPEND;
    if (wr && (flags & PLAT_FO_CREATE))
        of |= O_CREAT;
    if (wr && (flags & PLAT_FO_TRUNC))
        of |= O_TRUNC;
    if (wr && (flags & PLAT_FO_EXCL))
        of |= O_CREAT | O_EXCL;
    int fd;
    do
        fd = open(path, of, 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return fs_err(errno);
    /* java refuses to read a directory as a stream: "Is a directory" */
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        return PLAT_FS_ISDIR;
    }
    *handle = fd;
    return 0;
}

int plat_fs_close(int64_t h)
{
    return close((int)h) == 0 ? 0 : fs_err(errno);
}

int64_t plat_fs_read(int64_t h, void *buf, size_t len)
{
    for (;;) {
        ssize_t n = read((int)h, buf, len);
        if (n >= 0)
            return n;
        if (errno != EINTR)
            return -fs_err(errno);
    }
}

int64_t plat_fs_write(int64_t h, const void *buf, size_t len)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = write((int)h, (const char *)buf + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -fs_err(errno);
        done += (size_t)n;
    }
    return (int64_t)done;
}

int plat_fs_seek(int64_t h, int64_t pos)
{
    return lseek((int)h, (off_t)pos, SEEK_SET) < 0 ? fs_err(errno) : 0;
}

int64_t plat_fs_tell(int64_t h)
{
    off_t o = lseek((int)h, 0, SEEK_CUR);
    return o < 0 ? -fs_err(errno) : (int64_t)o;
}

int plat_fs_truncate(int64_t h, int64_t len)
{
    if (ftruncate((int)h, (off_t)len) != 0)
        return fs_err(errno);
    if (plat_fs_tell(h) > len)
        return plat_fs_seek(h, len);
    return 0;
}

static void fill(const struct stat *st, struct plat_stat *out)
{
    out->kind = S_ISREG(st->st_mode) ? PLAT_FK_FILE
              : S_ISDIR(st->st_mode) ? PLAT_FK_DIR : PLAT_FK_OTHER;
    out->size = (int64_t)st->st_size;
    out->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    out->access = 0;
}

int plat_fs_fstat(int64_t h, struct plat_stat *out)
{
    struct stat st;
    if (fstat((int)h, &st) != 0)
        return fs_err(errno);
    fill(&st, out);
    return 0;
}

int plat_fs_stat(const char *path, struct plat_stat *out)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return fs_err(errno);
    fill(&st, out);
    if (access(path, R_OK) == 0)
        out->access |= PLAT_FA_READ;
    if (access(path, W_OK) == 0)
        out->access |= PLAT_FA_WRITE;
    if (access(path, X_OK) == 0)
        out->access |= PLAT_FA_EXEC;
    return 0;
}

int plat_fs_list(const char *path, char **names, size_t *count)
{
    DIR *d = opendir(path);
    if (!d)
        return fs_err(errno);
    size_t cap = 1024, used = 0, n = 0;
    char *buf = malloc(cap);
    struct dirent *de;
    while (buf && (de = readdir(d))) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        size_t len = strlen(de->d_name) + 1;
        if (used + len > cap) {
            char *bigger = realloc(buf, cap * 2 + len);
            if (!bigger) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap = cap * 2 + len;
        }
        memcpy(buf + used, de->d_name, len);
        used += len;
        n++;
    }
    closedir(d);
    if (!buf)
        return PLAT_FS_NOMEM;
    *names = buf;
    *count = n;
    return 0;
}

int plat_fs_mkdir(const char *path)
{
    return mkdir(path, 0777) == 0 ? 0 : fs_err(errno);
}

int plat_fs_delete(const char *path)
{
    if (unlink(path) == 0)
        return 0;
    if (errno == EISDIR && rmdir(path) == 0)
        return 0;
    return fs_err(errno);
}

int plat_fs_rename(const char *from, const char *to)
{
    return rename(from, to) == 0 ? 0 : fs_err(errno);
}
