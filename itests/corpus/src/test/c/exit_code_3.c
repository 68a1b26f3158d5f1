/* main returns 3: the process exit status must be 3. */
#include <stdio.h>

int main(void) {
    puts("returning 3");
    return 3;
}
