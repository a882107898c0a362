/*
 * fuzz_classfile: libFuzzer target for the class-file parser (jvm/classfile.c).
 * Any input must give CF_OK or an error status with a message, never a
 * crash, a leak or undefined behaviour.  On success it walks what the
 * parser returned, so a dangling or out-of-range pointer in the result is
 * caught by ASan here rather than later in the loader.
 */
#include "classfile.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static volatile size_t fuzz_sink;

static void fuzz_touch_code(const struct cf_code *code)
{
    if (!code)
        return;
    for (uint32_t i = 0; i < code->len; i++)
        fuzz_sink += code->code[i];
    for (uint16_t i = 0; i < code->nhandlers; i++)
        fuzz_sink += code->handlers[i].start + code->handlers[i].end;
    for (uint32_t i = 0; i < code->nlines; i++)
        fuzz_sink += code->lines[i].line;
}

static void fuzz_touch(const struct cf_class *c)
{
    fuzz_sink += strlen(c->name);
    if (c->super_name)
        fuzz_sink += strlen(c->super_name);
    for (uint16_t i = 0; i < c->ninterfaces; i++)
        fuzz_sink += strlen(c->interfaces[i]);
    for (uint16_t i = 1; i < c->ncp; i++)
        if (c->cp[i].tag == CF_UTF8)
            fuzz_sink += strlen(c->cp[i].v.s);
    for (uint16_t i = 0; i < c->nfields; i++)
        fuzz_sink += strlen(c->fields[i].name) + strlen(c->fields[i].desc);
    for (uint16_t i = 0; i < c->nmethods; i++) {
        const struct cf_member *m = &c->methods[i];
        fuzz_sink += strlen(m->name) + strlen(m->desc);
        if (cf_valid_method_desc(m->desc))
            fuzz_sink += (size_t)cf_arg_slots(m->desc);
        fuzz_touch_code(m->code);
    }
    for (uint16_t i = 0; i < c->nbootstrap; i++)
        for (uint16_t j = 0; j < c->bootstrap[i].nargs; j++)
            fuzz_sink += c->bootstrap[i].args[j];
    for (uint16_t i = 0; i < c->ninner; i++)
        fuzz_sink += c->inner[i].inner;
    if (c->source_file)
        fuzz_sink += strlen(c->source_file);
    if (c->nest_host)
        fuzz_sink += strlen(c->nest_host);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct cf_class *c = NULL;
    char err[256];
    err[0] = '\0';
    enum cf_status st = cf_parse(data, size, &c, err, sizeof err);
    if (st == CF_OK) {
        fuzz_touch(c);
        cf_free(c);
    } else {
        /* A failure always says why, and returns no class. */
        if (c != NULL || err[0] == '\0' || strlen(err) >= sizeof err)
            abort();
    }
    return 0;
}
