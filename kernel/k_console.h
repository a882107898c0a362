/*
 * k_console.h: buffered stdout and stderr over the shared stream rings.
 *
 * Bytes are copied straight into the stream's ring and published at once
 * (so a fault or abort loses nothing already written); the doorbell, which
 * wakes the monitor's stream thread, is rung per flush only: at a newline
 * when the stream is a TTY, when half a ring has filled since the last
 * ring, on k_console_flush and before exit/abort.  Never a hypercall per
 * byte.  A full ring blocks in WAIT until the monitor has drained it.
 */
#ifndef K_CONSOLE_H
#define K_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>

void k_console_init(void);
/* stream is PLINTH_STREAM_STDOUT or _STDERR; returns len (or 0 for an
 * unknown stream). */
size_t k_console_write(int stream, const void *buf, size_t len);
void k_console_flush(int stream);
void k_console_flush_all(void);
bool k_console_isatty(int stream);

#endif
