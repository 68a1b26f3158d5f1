/* Checked arithmetic with __builtin_{add,sub,mul}_overflow on signed and unsigned types. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

static volatile int big = INT_MAX - 5;
static volatile unsigned ubig = UINT_MAX - 2;
static volatile long long lbig = LLONG_MAX / 3;

int main(void) {
    int r; unsigned u; long long l; unsigned long long ul;
    int flags = 0;
    for (int i = 0; i < 10; i++) {
        int o1 = __builtin_add_overflow(big, i, &r);
        int o2 = __builtin_add_overflow(ubig, (unsigned)i, &u);
        int o3 = __builtin_sub_overflow(-big, i * 2, &r);
        int o4 = __builtin_sub_overflow(3u, (unsigned)i, &u);
        printf("i=%d add %d %d sub %d %d\n", i, o1, o2, o3, o4);
        flags = flags * 2 + o1 + o4;
    }
    int m1 = __builtin_mul_overflow(lbig, 2ll, &l);
    int m2 = __builtin_mul_overflow(lbig, 4ll, &l);
    int m3 = __builtin_mul_overflow(0x100000000ull, 0x100000000ull, &ul);
    int m4 = __builtin_mul_overflow(65535u, 65537u, &u);
    printf("mul %d %d %d %d (u=%u)\n", m1, m2, m3, m4, u);
    int16_t s16;
    printf("narrow %d\n", __builtin_add_overflow(30000, 5000, &s16));
    printf("flags %d\n", flags);
    return flags & 0xFF;
}
