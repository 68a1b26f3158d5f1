/* Writes to stdout and stderr: each must reach its own stream. */
#include <stdio.h>
int main(void) {
    printf("to stdout 1\n");
    fprintf(stderr, "to stderr 1\n");
    printf("to stdout 2\n");
    fprintf(stderr, "to stderr 2\n");
    return 0;
}
