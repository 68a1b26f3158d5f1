/* The fault happens inside libc (strlen of a null pointer), called from compiled code. */
#include <stdio.h>
#include <string.h>
int main(void) {
    const char *volatile text = 0;
    printf("length %zu\n", strlen(text));
    return 0;
}
