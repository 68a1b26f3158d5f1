/* Writes through a null pointer. */
#include <stdio.h>
int main(void) {
    volatile int *volatile p = 0;
    printf("before the fault\n");
    fflush(stdout);
    *p = 42;
    printf("after the fault\n");
    return 0;
}
