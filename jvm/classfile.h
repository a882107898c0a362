/*
 * classfile.h: parsing and validating class files (versions 45 to 61) into
 * a struct cf_class.  Pure: no VM state, so the parser can be fuzzed and
 * unit-tested on its own.  Everything a cf_class points to lives in its
 * arena and goes with cf_free().
 */
#ifndef JVM_CLASSFILE_H
#define JVM_CLASSFILE_H

#include <stddef.h>
#include <stdint.h>

enum cf_tag {
    CF_UTF8 = 1, CF_INTEGER = 3, CF_FLOAT = 4, CF_LONG = 5, CF_DOUBLE = 6,
    CF_CLASS = 7, CF_STRING = 8, CF_FIELDREF = 9, CF_METHODREF = 10,
    CF_IMETHODREF = 11, CF_NAMEANDTYPE = 12, CF_METHODHANDLE = 15,
    CF_METHODTYPE = 16, CF_DYNAMIC = 17, CF_INVOKEDYNAMIC = 18,
    CF_MODULE = 19, CF_PACKAGE = 20
};

enum {
    ACC_PUBLIC = 0x0001, ACC_PRIVATE = 0x0002, ACC_PROTECTED = 0x0004,
    ACC_STATIC = 0x0008, ACC_FINAL = 0x0010, ACC_SYNCHRONIZED = 0x0020,
    ACC_SUPER = 0x0020, ACC_VOLATILE = 0x0040, ACC_BRIDGE = 0x0040,
    ACC_TRANSIENT = 0x0080, ACC_VARARGS = 0x0080, ACC_NATIVE = 0x0100,
    ACC_INTERFACE = 0x0200, ACC_ABSTRACT = 0x0400, ACC_STRICT = 0x0800,
    ACC_SYNTHETIC = 0x1000, ACC_ANNOTATION = 0x2000, ACC_ENUM = 0x4000,
    ACC_MODULE = 0x8000
};

/* A constant-pool entry.  a/b are the indexes of reference kinds (class:
 * a = name; string: a = utf8; member refs: a = class, b = name-and-type;
 * name-and-type: a = name, b = descriptor; method handle: a = kind,
 * b = reference; method type: a = descriptor; (invoke)dynamic: a =
 * bootstrap index, b = name-and-type). */
struct cf_const {
    uint8_t tag;
    uint16_t a, b;
    uint32_t len;                /* utf8: bytes */
    union {
        int32_t i;
        int64_t j;
        float f;
        double d;
        const char *s;           /* utf8: modified UTF-8, NUL-terminated */
    } v;
};

struct cf_handler { uint16_t start, end, handler, catch_type; };
struct cf_line { uint16_t pc, line; };

struct cf_code {
    uint16_t max_stack, max_locals;
    uint32_t len;
    const uint8_t *code;
    uint16_t nhandlers;
    struct cf_handler *handlers;
    uint32_t nlines;
    struct cf_line *lines;
    const uint8_t *stackmap;     /* StackMapTable's body (verify.c reads it), or NULL */
    uint32_t stackmap_len;
};

struct cf_member {
    uint16_t access;
    const char *name, *desc;
    uint16_t const_value;        /* fields: ConstantValue index or 0 */
    struct cf_code *code;        /* methods: NULL if abstract or native */
    /* For reflection (natives_reflect.c): RuntimeVisibleAnnotations and
     * AnnotationDefault and RuntimeVisibleParameterAnnotations bodies
     * (copies, NULL if absent), the Exceptions
     * attribute's CF_CLASS indexes and the Signature. */
    const uint8_t *annotations, *ann_default, *param_annotations;
    uint32_t annotations_len, ann_default_len, param_annotations_len;
    uint16_t nexceptions;
    uint16_t *exceptions;
    const char *signature;       /* the Signature attribute (generics), or NULL */
};

struct cf_bootstrap {
    uint16_t method;             /* CF_METHODHANDLE index */
    uint16_t nargs;
    uint16_t *args;
};

struct cf_inner {
    uint16_t inner, outer, name, access;   /* cp indexes (0 allowed) */
};

struct cf_class {
    uint16_t minor, major;
    uint16_t ncp;
    struct cf_const *cp;
    uint16_t access;
    const char *name;            /* internal form */
    const char *super_name;      /* NULL only for java/lang/Object */
    uint16_t ninterfaces;
    const char **interfaces;
    uint16_t nfields, nmethods;
    struct cf_member *fields, *methods;
    const char *source_file;     /* NULL if absent */
    uint16_t nbootstrap;
    struct cf_bootstrap *bootstrap;
    uint16_t ninner;
    struct cf_inner *inner;
    const char *nest_host;       /* NULL if absent */
    uint16_t npermitted;         /* PermittedSubclasses (sealed classes) */
    const char **permitted;
    const uint8_t *annotations;  /* RuntimeVisibleAnnotations body (a copy), or NULL */
    uint16_t enclosing_class;    /* EnclosingMethod (local and anonymous classes): */
    uint16_t enclosing_method;   /* CF_CLASS and CF_NAMEANDTYPE indexes; 0 if absent */
    uint32_t annotations_len;
    const char *signature;       /* the Signature attribute (generics), or NULL */
    void *arena;
};

enum cf_status { CF_OK = 0, CF_FORMAT = 1, CF_VERSION = 2, CF_NOMEM = 3 };

/* Parse and check buf.  On failure returns the status and writes the
 * reason (the message of ClassFormatError or UnsupportedClassVersionError)
 * into err. */
enum cf_status cf_parse(const uint8_t *buf, size_t len, struct cf_class **out,
                        char *err, size_t errlen);
void cf_free(struct cf_class *c);

/* Descriptor checks: a field type ("I", "[Ljava/lang/String;"), or a
 * method descriptor; return the end of the type, or NULL if malformed. */
const char *cf_field_type_end(const char *d);
int cf_valid_method_desc(const char *d);
/* Argument slots of a method descriptor (long and double count 2). */
int cf_arg_slots(const char *desc);

/* The name of a CF_CLASS entry / the utf8 of an entry (checked indexes). */
const char *cf_class_name(const struct cf_class *c, uint16_t idx);
const char *cf_utf8(const struct cf_class *c, uint16_t idx);

#endif /* JVM_CLASSFILE_H */
