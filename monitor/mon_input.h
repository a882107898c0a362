/*
 * mon_input: the partition's standard input: an input ring in the rings
 * area that a monitor thread fills from the host's fd 0.
 */
#ifndef MON_INPUT_H
#define MON_INPUT_H

#include "mon_part.h"

/* Sets up the ring (or none, if stdin is closed or /dev/null: the guest
 * then reads end of file at once); returns its guest address or 0. */
plinth_gpa_t mon_input_setup(struct mon_part *p);
/* Starts the thread that fills the ring (if there is one).  0 or -1. */
int mon_input_start(struct mon_part *p);
/* For a copy prepared ahead: makes the thread now, waiting, so that
 * mon_input_start only lets it go (a thread is ~20 us to make).  0 or -1. */
int mon_input_prestart(struct mon_part *p);
/* For the WAIT hypercall: the eventfd the input thread signals when data or
 * the end of input arrives (-1 if none), and whether input may still come
 * (the thread runs, or its last wake-up has not been taken). */
int mon_input_fd(void);
int mon_input_possible(void);

#endif
