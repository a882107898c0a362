/*
 * jstring.h (for string.c; not string.h, which would hide <string.h>): Java strings made and read from C (compact: Latin-1 or UTF-16
 * as in JDK 9+), and the intern table.  The vm_string_* calls of vm.h are
 * defined here too.
 */
#ifndef JVM_STRING_H
#define JVM_STRING_H

#include "vm.h"

/* From modified UTF-8 (class-file constants). */
struct vm_object *str_from_mutf8(struct vm_thread *t, const char *s, size_t len);
/* From UTF-16 code units. */
struct vm_object *str_from_utf16(struct vm_thread *t, const uint16_t *s, size_t n);
/* From Latin-1 bytes (ASCII included). */
struct vm_object *str_from_latin1(struct vm_thread *t, const char *s, size_t n);

/* Length in chars, and the char at i. */
int32_t str_length(struct vm_object *s);
uint16_t str_char_at(struct vm_object *s, int32_t i);
bool str_equals(struct vm_object *a, struct vm_object *b);
/* Java's String.hashCode(). */
int32_t str_hash(struct vm_object *s);
/* Does s equal the ASCII string c? */
bool str_equals_ascii(struct vm_object *s, const char *c);

/* UTF-8 into buf (truncated to size, NUL-terminated); returns buf. */
char *str_to_buf(struct vm_object *s, char *buf, size_t size);

void str_roots_foreach(vm_root_fn fn, void *ctx);

#endif
