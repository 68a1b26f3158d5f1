/* __builtin_expect, __builtin_assume, __builtin_unreachable and __builtin_trap on paths never taken. */
#include <stdio.h>

static int checked_div(int a, int b) {
    if (__builtin_expect(b == 0, 0)) __builtin_trap();
    return a / b;
}

static int kind(int x) {
    __builtin_assume(x >= 0 && x < 4);
    switch (x) {
    case 0: return 10; case 1: return 20; case 2: return 30; case 3: return 40;
    }
    __builtin_unreachable();
}

int main(void) {
    int total = 0;
    for (int i = 0; i < 40; i++) {
        if (__builtin_expect(i % 10 == 0, 0)) printf("milestone %d\n", i);
        total += checked_div(1000, i + 1) + kind(i % 4);
    }
    printf("total %d\n", total);
    return total % 256;
}
