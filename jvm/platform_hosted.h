/*
 * platform_hosted.h: the hosted platform's set-up calls, used only by the
 * hosted command line (main_hosted.c).
 */
#ifndef JVM_PLATFORM_HOSTED_H
#define JVM_PLATFORM_HOSTED_H

#include <stddef.h>

/* The class library directory, then the user's `:`-separated class path
 * (NULL: "."). Returns 0, or -1 with a reason in err. */
int plat_hosted_set_class_path(const char *classlib, const char *user_cp,
                               char *err, size_t errlen);

/* An application class image (include/plinth/classimg.h) that plinth made
 * from a class path with jars, passed as an open fd: mapped read-only and
 * searched after the class library.  Returns 0, or -1 with a reason. */
int plat_hosted_set_app_image(int fd, char *err, size_t errlen);

#endif
