/* Recursion of argv[1] frames of a small function (200000 fits the native 8 MiB stack at -O0). */
#include <stdio.h>
#include <stdlib.h>
int depth(int n) {
    if (n == 0)
        return 0;
    return 1 + depth(n - 1);
}
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 200000;
    printf("depth=%d\n", depth(n));
    return 0;
}
