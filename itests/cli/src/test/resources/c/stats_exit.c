/* Calls exit(3) from a nested call: --stats must still print its line. */
#include <stdio.h>
#include <stdlib.h>
static void finish(int code) { printf("finishing"); exit(code); }
int main(void) {
    finish(3);
    return 0;
}
