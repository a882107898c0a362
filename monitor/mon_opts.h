/*
 * mon_opts: parsing of option values: sizes with K/M/G suffixes and
 * durations in seconds.  Each returns 0, or -1 with *why set.
 */
#ifndef MON_OPTS_H
#define MON_OPTS_H

#include <stdint.h>

int mon_opts_size(const char *s, uint64_t *out, const char **why);
int mon_opts_seconds(const char *s, uint64_t *ns, const char **why);

#endif
