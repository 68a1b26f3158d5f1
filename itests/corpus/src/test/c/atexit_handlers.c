/* atexit handlers run in reverse order of registration after main returns, and can still print. */
#include <stdio.h>
#include <stdlib.h>

static int counter;
static void first(void) { printf("first registered, runs last (counter %d)\n", counter); }
static void second(void) { counter += 10; printf("second registered\n"); }
static void third(void) { counter += 1; printf("third registered, runs first\n"); }

int main(void) {
    atexit(first);
    atexit(second);
    atexit(third);
    printf("main done\n");
    return 9;
}
