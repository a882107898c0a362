/*
 * mon_files: host directories exported to the partition (`--dir
 * HOST[:GUEST][:ro]`) and the file hypercalls that reach them, jailed:
 * every path is resolved inside its export by the kernel (openat2 with
 * RESOLVE_BENEATH), so no path escapes it.  docs/files.md.
 */
#ifndef MON_FILES_H
#define MON_FILES_H

#include "mon_part.h"

/* Adds an export from a --dir value.  Prints why and returns -1 if it is
 * malformed or the directory cannot be opened. */
int mon_files_export(const char *spec);
/* The partition's working directory: the host's, seen through the export
 * that holds it, or NULL if none does.  Relative guest paths resolve
 * there (or at "/" if NULL). */
const char *mon_files_cwd(void);

/* How many handles the partition holds open (a snapshot refuses them:
 * the table is not saved). */
int mon_files_open_count(void);

/* The hypercalls (PLINTH_HC_FOPEN .. PLINTH_HC_FOP). */
int mon_files_hc_open(struct mon_part *p, void *arg);
int mon_files_hc_close(struct mon_part *p, void *arg);
int mon_files_hc_read(struct mon_part *p, void *arg);
int mon_files_hc_write(struct mon_part *p, void *arg);
int mon_files_hc_stat(struct mon_part *p, void *arg);
int mon_files_hc_list(struct mon_part *p, void *arg);
int mon_files_hc_op(struct mon_part *p, void *arg);

#endif
