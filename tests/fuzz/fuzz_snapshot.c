/*
 * fuzz_snapshot: libFuzzer target for the snapshot loader's checks
 * (monitor/mon_snap_file.c), run by tests/suites/snapshot-fuzz.  The input
 * is a whole snapshot file.  It is checked as a restore does (the header
 * first, then up to data_off); when the checks pass, every memory run is
 * read where the table says, so a check that lets a bad offset through is
 * an out-of-bounds read that AddressSanitizer reports.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mon_snap_file.h"

static void check(const uint8_t *data, size_t size)
{
    char why[256];
    struct snap_view v;
    size_t len = size < sizeof(struct snap_hdr) ? size : sizeof(struct snap_hdr);
    /* Copies, so ASan sees the exact bounds of what a restore would read. */
    uint8_t *buf = malloc(len ? len : 1);
    memcpy(buf, data, len);
    int rc = mon_snap_check(buf, len, size, &v, why, sizeof why);
    if (rc == 1) {
        struct snap_hdr h;
        memcpy(&h, buf, sizeof h);
        free(buf);
        len = (size_t)h.data_off;
        buf = malloc(len ? len : 1);
        memcpy(buf, data, len);
        rc = mon_snap_check(buf, len, size, &v, why, sizeof why);
    }
    if (rc == 0) {
        uint64_t sum = 0;
        for (uint64_t i = 0; i < v.hdr->nruns; i++)
            sum = mon_snap_hash(sum, data + v.runs[i].file_off,
                                v.runs[i].pages * SNAP_PAGE);
        (void)sum;
    }
    free(buf);
}

/* The checksums stop almost every mutation at the door; a copy with them
 * made right again lets the fuzzer reach the checks behind them. */
static void check_fixed(const uint8_t *data, size_t size)
{
    struct snap_hdr h;
    if (size < sizeof h)
        return;
    uint8_t *copy = malloc(size);
    memcpy(copy, data, size);
    memcpy(&h, copy, sizeof h);
    if (h.state_off <= size && h.state_size == sizeof(struct snap_state) &&
        h.state_size <= size - h.state_off && h.runs_off <= size &&
        h.nruns <= (size - h.runs_off) / sizeof(struct snap_run)) {
        uint64_t sum = mon_snap_hash(0, copy + h.state_off, h.state_size);
        h.state_hash = mon_snap_hash(sum, copy + h.runs_off,
                                     h.nruns * sizeof(struct snap_run));
    }
    h.hdr_hash = mon_snap_hash(0, &h, offsetof(struct snap_hdr, hdr_hash));
    memcpy(copy, &h, sizeof h);
    check(copy, size);
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(data, size);
    check_fixed(data, size);
    return 0;
}
