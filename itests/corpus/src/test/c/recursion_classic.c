/* Recursion: Fibonacci, Ackermann, mutual recursion and Towers of Hanoi. Exits with fib(20) & 0xFF. */
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ackermann(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static long hanoi_moves;
static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    hanoi_moves += (long)(from * 3 + to);
    hanoi(n - 1, via, to, from);
}

int main(void) {
    for (int i = 0; i <= 20; i += 5) printf("fib(%d) = %d\n", i, fib(i));
    printf("ackermann(2, 3) = %d\n", ackermann(2, 3));
    printf("ackermann(3, 3) = %d\n", ackermann(3, 3));
    printf("is_even(1001) = %d, is_odd(777) = %d\n", is_even(1001), is_odd(777));
    hanoi(12, 0, 2, 1);
    printf("hanoi checksum = %ld\n", hanoi_moves);
    return fib(20) & 0xFF;
}
