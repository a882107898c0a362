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

#endif
