/* Integer division by zero; volatile keeps clang from folding it. */
#include <stdio.h>
int main(void) {
    volatile int zero = 0;
    volatile int numerator = 7;
    int q = numerator / zero;
    printf("quotient %d\n", q);
    return 0;
}
