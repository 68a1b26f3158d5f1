/* Deep recursion: 100000 nested non-tail calls must fit in a native-sized stack. */
#include <stdio.h>

static volatile int sink;

static long depth_sum(long n) {
    volatile char pad[16];
    pad[0] = (char)n;
    if (n == 0) return 0;
    long below = depth_sum(n - 1);
    sink = pad[0];
    return below + (n % 7);
}

int main(void) {
    long total = depth_sum(100000);
    printf("depth_sum(100000) = %ld\n", total);
    return total == 300000 ? 0 : 1;
}
