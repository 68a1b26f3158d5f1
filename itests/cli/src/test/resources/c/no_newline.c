/* Output without a trailing newline, left in the stdio buffer when main returns. */
#include <stdio.h>
int main(void) {
    printf("first line\n");
    printf("no newline at the end: %d", 42);
    return 0;
}
