/*
 * natives_plinth.c: natives of the plinth Java API (classlib/plinth/):
 * Partition.checkpoint0, on plat_checkpoint, and Seeds, which the class
 * library's unseeded generators and SecureRandom use so that copies of one snapshot do not
 * share their seeds (docs/snapshot.md).
 */
#include "class.h"
#include "native.h"
#include "platform.h"

#include <string.h>

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *a, vm_value *r)

/* String[] checkpoint0(boolean take): the restored copy's arguments (past
 * argv[0], the image), or null when this is not a restored copy. */
NATIVE(partition_checkpoint0)
{
    int argc = 0;
    char **argv = NULL;
    r->l = NULL;
    bool take = a[0].i != 0;
    int rc = plat_checkpoint(take, &argc, &argv);
    if (rc == -2) {
        vm_throw(t, "java/lang/IllegalStateException",
                 "cannot checkpoint: %d file%s open", argc,
                 argc == 1 ? " is" : "s are");
        return;
    }
    if (rc != 1 || !argv)
        return;
    if (take)
        vm_reseed();   /* once per restore: this copy's seeds are its own */
    int n = argc > 1 ? argc - 1 : 0;
    struct vm_array *arr = vm_new_ref_array(t, class_string, n);
    if (!arr)
        return;
    struct vm_object **d = VM_ARRAY_DATA(arr);
    for (int i = 0; i < n; i++)
        if (!(d[i] = vm_string_from_utf8(t, argv[i + 1], strlen(argv[i + 1]))))
            return;
    r->l = &arr->hdr;
}

/* long Seeds.random(): 64 bits of host randomness, read at each call. */
NATIVE(seeds_random)
{
    (void)t, (void)a;
    uint64_t v = 0;
    plat_random(&v, sizeof v);
    r->j = (int64_t)v;
}

/* void Seeds.fill(byte[]): the whole array from host randomness in one
 * call, so SecureRandom pays one native call (and in a partition one
 * hypercall per PLINTH_RANDOM_MAX bytes) per buffer, not one per long. */
NATIVE(seeds_fill)
{
    (void)r;
    struct vm_array *arr = (struct vm_array *)a[0].l;
    if (!arr) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    if (arr->length > 0)
        plat_random(VM_ARRAY_DATA(arr), (size_t)arr->length);
}

/* int Seeds.epoch(): how many restores this program has gone through. */
NATIVE(seeds_epoch)
{
    (void)t, (void)a;
    r->i = vm_restore_epoch();
}

const struct vm_native vm_natives_plinth[] = {
    { "plinth/Partition", "checkpoint0", "(Z)[Ljava/lang/String;", partition_checkpoint0 },
    { "plinth/Seeds", "random", "()J", seeds_random },
    { "plinth/Seeds", "fill", "([B)V", seeds_fill },
    { "plinth/Seeds", "epoch", "()I", seeds_epoch },
    { NULL, NULL, NULL, NULL },
};
