/*
 * natives_plinth.c: natives of the plinth Java API (classlib/plinth/):
 * Partition.checkpoint0, on plat_checkpoint (docs/snapshot.md).
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
    if (plat_checkpoint(a[0].i != 0, &argc, &argv) != 1 || !argv)
        return;
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

const struct vm_native vm_natives_plinth[] = {
    { "plinth/Partition", "checkpoint0", "(Z)[Ljava/lang/String;", partition_checkpoint0 },
    { NULL, NULL, NULL, NULL },
};
