/* Weak definitions of a global and a function; weak_strong.c holds strong ones, which win as in a static link. */
#include <stdio.h>
__attribute__((weak)) int merged_value = 1;
__attribute__((weak)) const char *merged_which(void) { return "weak"; }
int main(void) {
    printf("merged_value=%d merged_which=%s\n", merged_value, merged_which());
    return 0;
}
