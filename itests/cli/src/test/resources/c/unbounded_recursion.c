/* Recursion without end: overflows the stack. */
#include <stdio.h>
int endless(int n) {
    volatile int local = n;
    return endless(local + 1) + 1;
}
int main(void) {
    printf("start\n");
    fflush(stdout);
    return endless(0);
}
