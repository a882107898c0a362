/*
 * test_classfile: unit tests of the class-file parser (jvm/classfile.c):
 * descriptor checks, a minimal class built byte by byte, and corruptions
 * of it that must each give their reason.  Prints PASS/FAIL lines.
 */
#include "classfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(int ok, const char *name, const char *why)
{
    if (ok)
        printf("PASS jvm-unit/%s\n", name);
    else {
        printf("FAIL jvm-unit/%s: %s\n", name, why);
        failures++;
    }
}

/* ---- a class file writer ------------------------------------------------ */

struct buf { unsigned char d[4096]; size_t n; };

static void b1(struct buf *b, unsigned v) { b->d[b->n++] = (unsigned char)v; }
static void b2(struct buf *b, unsigned v) { b1(b, v >> 8); b1(b, v & 0xff); }
static void b4(struct buf *b, unsigned long v) { b2(b, (unsigned)(v >> 16)); b2(b, (unsigned)(v & 0xffff)); }
static void butf(struct buf *b, const char *s) { b1(b, 1); b2(b, (unsigned)strlen(s)); while (*s) b1(b, (unsigned char)*s++); }

/* class T extends java/lang/Object { static int f(int); } with code
 * `iload_0; ireturn`, a LineNumberTable and a SourceFile.  `code` and
 * `major` let tests vary the interesting parts. */
static size_t make_class(struct buf *b, unsigned major, const unsigned char *code, size_t ncode,
                         unsigned max_locals)
{
    b->n = 0;
    b4(b, 0xCAFEBABEul);
    b2(b, 0);
    b2(b, major);
    b2(b, 11);                 /* constant pool count */
    butf(b, "T");                          /* 1 */
    b1(b, 7); b2(b, 1);                    /* 2 Class T */
    butf(b, "java/lang/Object");           /* 3 */
    b1(b, 7); b2(b, 3);                    /* 4 Class Object */
    butf(b, "f");                          /* 5 */
    butf(b, "(I)I");                       /* 6 */
    butf(b, "Code");                       /* 7 */
    butf(b, "LineNumberTable");            /* 8 */
    butf(b, "SourceFile");                 /* 9 */
    butf(b, "T.java");                     /* 10 */
    b2(b, 0x21);               /* public super */
    b2(b, 2);
    b2(b, 4);
    b2(b, 0);                  /* interfaces */
    b2(b, 0);                  /* fields */
    b2(b, 1);                  /* methods */
    b2(b, 0x0009);             /* public static */
    b2(b, 5);
    b2(b, 6);
    b2(b, 1);                  /* attributes */
    b2(b, 7);
    b4(b, 8 + ncode + 2 + 2 + 12);
    b2(b, 2);                  /* max stack */
    b2(b, max_locals);
    b4(b, ncode);
    for (size_t i = 0; i < ncode; i++)
        b1(b, code[i]);
    b2(b, 0);                  /* exception table */
    b2(b, 1);                  /* code attributes */
    b2(b, 8);
    b4(b, 6);
    b2(b, 1);
    b2(b, 0);
    b2(b, 42);
    b2(b, 1);                  /* class attributes */
    b2(b, 9);
    b4(b, 2);
    b2(b, 10);
    return b->n;
}

static const unsigned char good_code[] = { 0x1a, 0xac };   /* iload_0; ireturn */

/* The bytes of the last class kept (a parsed class points into them). */
static unsigned char *kept;

static enum cf_status parse(struct buf *b, size_t len, char *err, size_t errlen, struct cf_class **out)
{
    /* An exact-size copy so that ASan sees any read past the end. */
    unsigned char *copy = malloc(len ? len : 1);
    memcpy(copy, b->d, len);
    struct cf_class *c = NULL;
    enum cf_status st = cf_parse(copy, len, &c, err, errlen);
    if (out && st == CF_OK) {
        *out = c;
        kept = copy;
        return st;
    }
    if (st == CF_OK)
        cf_free(c);
    free(copy);
    return st;
}

static void expect_error(const char *name, struct buf *b, size_t len, enum cf_status want, const char *substr)
{
    char err[256] = "", why[400];
    enum cf_status st = parse(b, len, err, sizeof err, NULL);
    snprintf(why, sizeof why, "status %d (want %d), message '%s' (want '%s')", st, want, err, substr);
    check(st == want && strstr(err, substr) != NULL, name, why);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    /* Descriptors. */
    check(cf_valid_method_desc("(I[JLjava/lang/String;)V") && cf_valid_method_desc("()[[D"),
          "desc-valid", "valid method descriptors refused");
    check(!cf_valid_method_desc("(I") && !cf_valid_method_desc("()") && !cf_valid_method_desc("(L;)V") &&
          !cf_valid_method_desc("(Ljava/lang/String)V") && !cf_valid_method_desc("(V)V") &&
          !cf_valid_method_desc("()VV") && !cf_valid_method_desc("(La//b;)V"),
          "desc-invalid", "an invalid method descriptor was accepted");
    check(cf_arg_slots("(IJDLjava/lang/Object;[J)V") == 7, "desc-slots", "wrong argument slot count");

    struct buf b;
    size_t len = make_class(&b, 61, good_code, sizeof good_code, 1);
    char err[256] = "";
    struct cf_class *c = NULL;
    enum cf_status st = parse(&b, len, err, sizeof err, &c);
    check(st == CF_OK, "minimal-class", err);
    if (st == CF_OK) {
        check(strcmp(c->name, "T") == 0 && strcmp(c->super_name, "java/lang/Object") == 0 &&
              c->nmethods == 1 && c->methods[0].code && c->methods[0].code->len == 2 &&
              c->methods[0].code->nlines == 1 && c->methods[0].code->lines[0].line == 42 &&
              c->source_file && strcmp(c->source_file, "T.java") == 0,
              "minimal-class-contents", "parsed contents differ from the bytes");
        cf_free(c);
        free(kept);
    }

    /* Every truncation is a clean error. */
    int truncs_ok = 1;
    for (size_t n = 0; n < len; n++) {
        if (parse(&b, n, err, sizeof err, NULL) != CF_FORMAT) {
            truncs_ok = 0;
            break;
        }
    }
    check(truncs_ok, "truncated-everywhere", "a truncated class was accepted");

    /* Corruptions with their reasons. */
    make_class(&b, 61, good_code, sizeof good_code, 1);
    b.d[0] = 0;
    expect_error("bad-magic", &b, len, CF_FORMAT, "Incompatible magic value");

    make_class(&b, 62, good_code, sizeof good_code, 1);
    expect_error("version-62", &b, len, CF_VERSION, "class file versions up to 61.0");
    make_class(&b, 44, good_code, sizeof good_code, 1);
    expect_error("version-44", &b, len, CF_VERSION, "invalid major version");

    /* Bad instructions parse: the verifier reports them when the class is
     * linked (a VerifyError, as in HotSpot; tests/verify). */
    static const unsigned char bad_op[] = { 0x1a, 0xff };
    make_class(&b, 61, bad_op, sizeof bad_op, 1);
    expect_error("bad-opcode", &b, len, CF_OK, "");

    static const unsigned char bad_branch[] = { 0xa7, 0x00, 0x01 };   /* goto into itself */
    len = make_class(&b, 61, bad_branch, sizeof bad_branch, 1);
    expect_error("bad-branch", &b, len, CF_OK, "");

    static const unsigned char bad_local[] = { 0x1b, 0xac };   /* iload_1 with max_locals 1 */
    len = make_class(&b, 61, bad_local, sizeof bad_local, 1);
    expect_error("bad-local", &b, len, CF_OK, "");

    len = make_class(&b, 61, good_code, sizeof good_code, 0);
    expect_error("args-exceed-locals", &b, len, CF_FORMAT, "Arguments can't fit into locals");

    static const unsigned char bad_cp[] = { 0xb2, 0x00, 0x63, 0xac };   /* getstatic #99 */
    len = make_class(&b, 61, bad_cp, sizeof bad_cp, 1);
    expect_error("bad-cp-index", &b, len, CF_OK, "");

    static const unsigned char wrong_tag[] = { 0xb2, 0x00, 0x02, 0xac };   /* getstatic of a Class */
    len = make_class(&b, 61, wrong_tag, sizeof wrong_tag, 1);
    expect_error("cp-wrong-kind", &b, len, CF_OK, "");

    len = make_class(&b, 61, good_code, sizeof good_code, 1);
    b.d[len] = 0;
    expect_error("extra-bytes", &b, len + 1, CF_FORMAT, "Extra bytes");

    /* Bad modified UTF-8 in the class name's entry (a 0 byte). */
    len = make_class(&b, 61, good_code, sizeof good_code, 1);
    b.d[13] = 0;
    expect_error("bad-utf8", &b, len, CF_FORMAT, "Illegal UTF8 string");

    return failures ? 1 : 0;
}
