/* 128-bit integers: arithmetic, multiply, divide, shifts and comparisons, printed by splitting into halves. */
#include <stdio.h>
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static void print_u128(const char *label, u128 v) {
    char digits[48]; int n = 0;
    do { digits[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    printf("%s ", label);
    while (n) putchar(digits[--n]);
    putchar('\n');
}

static void print_hex(const char *label, u128 v) {
    printf("%s %016llx%016llx\n", label, (unsigned long long)(v >> 64), (unsigned long long)v);
}

static volatile uint64_t seed = 0x9E3779B97F4A7C15ull;

int main(void) {
    u128 a = (u128)seed * seed;
    print_hex("square", a);
    u128 f = 1;
    for (int i = 1; i <= 30; i++) f *= (u128)i;
    print_u128("30!", f);
    print_u128("30!/7!", f / 5040);
    print_u128("30! % 1e18+9", f % 1000000000000000009ull);
    s128 neg = -(s128)f;
    printf("neg < 0: %d, neg >> 100: %lld\n", neg < 0, (long long)(neg >> 100));
    print_hex("shl 70", (u128)seed << 70);
    print_hex("lshr 3", a >> 3);
    s128 q = neg / 1000000007, r = neg % 1000000007;
    printf("signed div: q<0 %d r %lld\n", q < 0, (long long)r);
    printf("compare: %d %d %d\n", a > f, (u128)neg > f, neg < (s128)a);
    u128 sum = a + f - (a ^ f);
    print_hex("mixed", sum);
    return (int)(f % 251);
}
