/* Branch-free selections: conditional expressions that become select instructions, and boolean arithmetic. */
#include <stdio.h>

static int sign(long x) { return (x > 0) - (x < 0); }
static unsigned saturating_add(unsigned a, unsigned b) { unsigned s = a + b; return s < a ? ~0u : s; }
static double pick(double a, double b, int c) { return c ? a : b; }

int main(void) {
    long acc = 0; unsigned sat = 0; double dsum = 0;
    for (long i = -20; i <= 20; i++) {
        acc += sign(i * 3 - 7) * (i & 1 ? 3 : 5);
        sat = saturating_add(sat, (unsigned)(i * i * 10000000));
        dsum += pick(i * 0.5, -i * 0.25, i % 3 == 0);
    }
    printf("acc %ld sat %u dsum %.3f\n", acc, sat, dsum);
    int count = 0;
    for (int i = 0; i < 100; i++) count += (i % 7 == 3) | (i % 11 == 5);
    printf("count %d\n", count);
    return count;
}
