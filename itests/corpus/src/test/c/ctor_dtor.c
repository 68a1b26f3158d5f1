/* __attribute__((constructor)) and destructor functions, with priorities, run before and after main. */
#include <stdio.h>

static int order[8];
static int steps;

__attribute__((constructor(200))) static void init_late(void) { order[steps++] = 2; }
__attribute__((constructor(101))) static void init_early(void) { order[steps++] = 1; }
__attribute__((constructor)) static void init_default(void) { order[steps++] = 3; }
__attribute__((destructor)) static void finish(void) { printf("destructor sees %d steps\n", steps); }
__attribute__((destructor(150))) static void finish_early_prio(void) { printf("destructor with priority 150\n"); }

int main(void) {
    printf("main sees constructors:");
    for (int i = 0; i < steps; i++) printf(" %d", order[i]);
    printf("\n");
    steps += 10;
    return steps;
}
