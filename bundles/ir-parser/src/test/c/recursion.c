/* Recursion and loops: fibonacci, ackermann, mutual recursion, 128-bit and bit tricks. */
#include <stdio.h>

static unsigned long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

int main(void) {
    __int128 wide = (__int128)1 << 100;
    unsigned x = 0xf0f0u;
    printf("%lu %d %d %d\n", fib(20), ack(2, 3), is_even(10), is_odd(7));
    printf("%d %d %d %llu\n", __builtin_popcount(x), __builtin_clz(x), __builtin_ctz(x),
           (unsigned long long)(wide >> 64));
    unsigned r = (x << 3) | (x >> 29);
    printf("%u %d\n", r, (int)(x ^ (x >> 1)));
    return 0;
}
