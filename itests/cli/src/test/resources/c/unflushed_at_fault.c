/* Output still in the stdio buffer when the process faults is lost natively (stdout is a pipe). */
#include <stdio.h>
int main(void) {
    volatile int *volatile p = 0;
    printf("buffered, never flushed\n");
    *p = 1;
    return 0;
}
