/*
 * mon_jar: reading jar (zip) files on the host with zlib: the central
 * directory, entries inflated straight into a class image, and the
 * manifest's attributes.
 */
#ifndef MON_JAR_H
#define MON_JAR_H

#include "mon_classimg.h"

struct mon_jar;

/* Opens and indexes a jar; NULL after reporting why (missing, not a zip,
 * damaged, encrypted, zip64). */
struct mon_jar *mon_jar_open(const char *path);
void mon_jar_close(struct mon_jar *j);

/* Adds every class entry (not META-INF/) to the image; the jar must stay
 * open until the image is written.  0, or -1 (reported). */
int mon_jar_add_classes(struct mon_jar *j, struct mon_classimg *ci);

/* The manifest's main attribute `key` (e.g. "Main-Class"), continuation
 * lines joined and trimmed; malloc'd, or NULL if absent.  *bad is set if
 * the manifest exists but could not be read (reported). */
char *mon_jar_manifest_attr(struct mon_jar *j, const char *key, int *bad);

#endif
