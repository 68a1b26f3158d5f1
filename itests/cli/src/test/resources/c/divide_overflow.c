/* INT_MIN / -1 overflows: x86 idiv raises SIGFPE. volatile keeps clang from folding it. */
#include <limits.h>
#include <stdio.h>
int main(void) {
    volatile int numerator = INT_MIN;
    volatile int divisor = -1;
    printf("quotient %d\n", numerator / divisor);
    return 0;
}
