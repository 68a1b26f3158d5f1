/* main returns 256: only the low 8 bits reach the parent, so the status is 0. */
#include <stdio.h>

static volatile int code = 256;

int main(void) {
    puts("returning 256");
    return code;
}
