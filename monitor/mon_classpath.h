/*
 * mon_classpath: the application's class path (-cp or -jar) collected into
 * a class image for `plinth run`.
 */
#ifndef MON_CLASSPATH_H
#define MON_CLASSPATH_H

#include "mon_classimg.h"

/* Adds the class path `cp` (NULL: ".") or, if `jar` is given, the jar and
 * its manifest's Class-Path, setting *main to its Main-Class (malloc'd).
 * 0, or -1 after reporting why. */
int mon_classpath_collect(struct mon_classimg *ci, const char *cp,
                          const char *jar, char **main);
/* Closes the jars, once the image is written. */
void mon_classpath_close(void);

#endif
