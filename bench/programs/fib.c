/* fib.c: doubly recursive Fibonacci and Ackermann (call overhead, deep recursion).
 * Scale: the Fibonacci argument. */
#include "bench_timer.h"

static long fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static int ackermann(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

int main(int argc, char **argv) {
    int n = (int)bench_scale(argc, argv, 40);
    bench_timer t;
    bench_start(&t);
    long f = fib(n);
    int a = ackermann(2, n * 100);
    int b = ackermann(3, 8);
    bench_stop(&t);
    printf("fib(%d) = %ld, ack(2,%d) = %d, ack(3,8) = %d\n", n, f, n * 100, a, b);
    return 0;
}
