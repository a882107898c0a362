/*
 * verify.h: the bytecode verifier (JVMS 4.10).  Type checking against the
 * StackMapTable for class files of version 50 and later, type inference
 * for older ones (and, as HotSpot does, for version 50 files that fail
 * type checking).  Runs at link time on application classes only: the
 * class library is trusted, as HotSpot trusts its boot classes.
 */
#ifndef JVM_VERIFY_H
#define JVM_VERIFY_H

#include <stdbool.h>

struct vm_thread;
struct vm_class;

/* Verify every method of c (an instance class defined from a class file).
 * Returns false with an exception pending: VerifyError with HotSpot's
 * message, or whatever loading a class named by an assignability check
 * threw (NoClassDefFoundError...). */
bool verify_class(struct vm_thread *t, struct vm_class *c);

#endif /* JVM_VERIFY_H */
