/* exit(7) called three calls deep ends the program with status 7, skipping the rest of main. */
#include <stdio.h>
#include <stdlib.h>

static void level3(int x) { if (x > 2) { printf("exiting at level 3\n"); exit(7); } }
static void level2(int x) { level3(x + 1); printf("not reached 2\n"); }
static void level1(int x) { level2(x + 1); printf("not reached 1\n"); }

int main(void) {
    printf("start\n");
    level1(1);
    printf("not reached main\n");
    return 0;
}
