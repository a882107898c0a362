/*
 * mon_classpath: the application's class path for `plinth run`: the
 * entries of -cp (directories, jars, DIR/ followed by *) or -jar's jar with
 * its manifest's Class-Path, collected into a class image (mon_classimg),
 * and the jars kept open until the image is written.  Follows java's rules:
 * the first entry wins, a missing directory adds nothing, missing
 * Class-Path entries are ignored; a named jar that cannot be read is an
 * error.
 */
#include "mon_classpath.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "mon_jar.h"
#include "mon_part.h"

#define JARS_MAX 256
static struct mon_jar *jars[JARS_MAX];
static int njars;

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* One class path entry: a directory, or a jar.  A missing directory adds
 * nothing, as for java; a named jar must be readable. */
static int add_entry(struct mon_classimg *ci, const char *entry)
{
    if (is_dir(entry))
        return mon_classimg_add_dir(ci, entry);
    struct stat st;
    size_t n = strlen(entry);
    int jarish = n > 4 && (strcmp(entry + n - 4, ".jar") == 0 ||
                           strcmp(entry + n - 4, ".zip") == 0);
    if (stat(entry, &st) != 0 && !jarish)
        return 0;
    if (njars == JARS_MAX) {
        mon_err("%s: more than %d jars on the class path", entry, JARS_MAX);
        return -1;
    }
    struct mon_jar *j = mon_jar_open(entry);
    if (!j)
        return -1;
    jars[njars++] = j;
    return mon_jar_add_classes(j, ci) < 0 ? -1 : 0;
}

/* A class path entry "DIR/" followed by "*": every jar in DIR, as java
 * expands it (in name order here). */
static int add_jars_in(struct mon_classimg *ci, const char *dir)
{
    struct dirent **names;
    int n = scandir(*dir ? dir : ".", &names, NULL, alphasort), rc = 0;
    if (n < 0)
        return 0;   /* a missing directory adds nothing */
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]->d_name);
        char path[PATH_MAX];
        if (!rc && len > 4 && (strcmp(names[i]->d_name + len - 4, ".jar") == 0 ||
                               strcmp(names[i]->d_name + len - 4, ".JAR") == 0) &&
            (size_t)snprintf(path, sizeof path, "%s%s%s", dir, *dir ? "/" : "",
                             names[i]->d_name) < sizeof path)
            rc = add_entry(ci, path);
        free(names[i]);
    }
    free(names);
    return rc;
}

static int add_path(struct mon_classimg *ci, const char *cp)
{
    for (const char *p = cp;;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char entry[PATH_MAX];
        if (n >= sizeof entry) {
            mon_err("class path: an entry is longer than %d bytes", PATH_MAX);
            return -1;
        }
        memcpy(entry, p, n);
        entry[n] = 0;
        int rc;
        if (n && entry[n - 1] == '*' && (n == 1 || entry[n - 2] == '/')) {
            entry[n > 1 ? n - 2 : 0] = 0;
            rc = add_jars_in(ci, entry);
        } else {
            rc = add_entry(ci, n ? entry : ".");
        }
        if (rc)
            return rc;
        if (!e)
            return 0;
        p = e + 1;
    }
}

/* -jar: the jar, then its manifest's Class-Path (relative to the jar's
 * directory); sets *main from Main-Class. */
static int add_jar_app(struct mon_classimg *ci, const char *jar, char **main)
{
    struct mon_jar *j = mon_jar_open(jar);
    if (!j)
        return -1;
    jars[njars++] = j;
    int bad;
    *main = mon_jar_manifest_attr(j, "Main-Class", &bad);
    if (bad)
        return -1;
    if (!*main) {
        mon_err("%s: no main manifest attribute (Main-Class)", jar);
        return -1;
    }
    if (mon_jar_add_classes(j, ci) < 0)
        return -1;
    char *cpa = mon_jar_manifest_attr(j, "Class-Path", &bad);
    if (bad)
        return -1;
    if (!cpa)
        return 0;
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", jar);
    char *slash = strrchr(dir, '/');
    if (slash)
        slash[1] = 0;
    else
        dir[0] = 0;
    int rc = 0;
    for (char *tok = strtok(cpa, " \t"); tok && !rc; tok = strtok(NULL, " \t")) {
        char entry[PATH_MAX];
        if (tok[0] == '/')
            snprintf(entry, sizeof entry, "%s", tok);
        else
            snprintf(entry, sizeof entry, "%s%s", dir, tok);
        /* Missing Class-Path entries are ignored, as by java. */
        struct stat st;
        if (stat(entry, &st) == 0)
            rc = add_entry(ci, entry);
    }
    free(cpa);
    return rc;
}

int mon_classpath_collect(struct mon_classimg *ci, const char *cp,
                          const char *jar, char **main)
{
    *main = NULL;
    return jar ? add_jar_app(ci, jar, main) : add_path(ci, cp ? cp : ".");
}

void mon_classpath_close(void)
{
    for (int i = 0; i < njars; i++)
        mon_jar_close(jars[i]);
    njars = 0;
}
