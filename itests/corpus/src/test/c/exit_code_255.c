/* main returns 255, the largest exit status. */
#include <stdio.h>

int main(void) {
    puts("returning 255");
    return 255;
}
