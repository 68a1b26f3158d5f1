/* Several functions, a switch and a loop; every function is static, so every defined one is called. */
#include <stdio.h>
static int square(int x) { return x * x; }
__attribute__((noinline)) static int classify(int x) {
    switch (x % 5) {
    case 0: return 10;
    case 1: return 20;
    case 2: return 30;
    case 3: return 40;
    default: return 50;
    }
}
__attribute__((noinline)) static int accumulate(int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        total += square(i) + classify(i);
    return total;
}
int main(int argc, char **argv) {
    printf("%d\n", accumulate(argc * 20));
    return 0;
}
