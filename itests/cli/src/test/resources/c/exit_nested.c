/* exit(n) from two calls deep, with stdout output that has no trailing newline. */
#include <stdio.h>
#include <stdlib.h>
static void leave(int code) {
    printf("leaving with %d", code);
    exit(code);
}
static int work(int n) {
    printf("working on %d\n", n);
    if (n > 2)
        leave(n + 4);
    return n;
}
int main(void) {
    printf("start|");
    work(3);
    puts("not reached");
    return 0;
}
