/* hello: console output through the layer and through musl's stdio. */
#include <stdio.h>
#include <string.h>
#include "kernel.h"

int plinth_main(int argc, char **argv, char **envp)
{
    (void)argc; (void)argv; (void)envp;
    const char *m = "hello from ring 3\n";
    k_console_write(PLINTH_STREAM_STDOUT, m, strlen(m));
    printf("printf works: %d %s %.3f\n", 42, "str", 3.14159);
    return 0;
}
