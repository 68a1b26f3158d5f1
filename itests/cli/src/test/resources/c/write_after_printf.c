/* Buffered printf output and an unbuffered write(1): the libc buffer is flushed only at exit. */
#include <stdio.h>
#include <unistd.h>
int main(void) {
    printf("buffered ");
    write(1, "direct\n", 7);
    fprintf(stderr, "to stderr\n");
    printf("tail");
    return 0;
}
