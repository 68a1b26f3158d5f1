/* atexit handlers run in reverse order of registration, after main's buffered output, also after exit(). */
#include <stdio.h>
#include <stdlib.h>
static void first(void) { printf("handler registered first\n"); }
static void second(void) { printf("handler registered second"); }
static void third(void) { fputs("handler registered third\n", stdout); }
int main(int argc, char **argv) {
    atexit(first);
    atexit(second);
    atexit(third);
    printf("main done (argc=%d) ", argc);
    if (argc > 1)
        exit(atoi(argv[1]));
    return 5;
}
