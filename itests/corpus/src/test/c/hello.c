/* The smallest program: one line of output, exit status 0. */
#include <stdio.h>

int main(void) {
    printf("hello, corpus\n");
    return 0;
}
