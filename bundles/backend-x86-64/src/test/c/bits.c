#include <stdio.h>
#include <stdint.h>

static unsigned rotl(unsigned x, int k) { return (x << k) | (x >> (32 - k)); }
static uint64_t rotl64(uint64_t x, int k) { return (x << (k & 63)) | (x >> ((64 - k) & 63)); }

int main(void) {
    unsigned acc = 0;
    uint64_t acc64 = 0;
    for (unsigned i = 1; i < 2000; i += 37) {
        unsigned x = i * 2654435761u;
        acc += __builtin_popcount(x) + __builtin_clz(x) * 3 + __builtin_ctz(x) * 5;
        acc ^= rotl(x, i % 31 + 1);
        uint64_t y = (uint64_t)x * 0x9E3779B97F4A7C15ULL;
        acc64 += __builtin_popcountll(y) + __builtin_clzll(y) + __builtin_ctzll(y | 1);
        acc64 ^= rotl64(y, (int)(i % 63));
        acc64 += __builtin_bswap64(y) >> 3;
        acc += __builtin_bswap32(x) >> 5;
        acc += (unsigned short)__builtin_bswap16((unsigned short)x);
    }
    printf("bits %u %llu\n", acc, (unsigned long long)acc64);
    int mx = 0, mn = 0; unsigned umx = 0;
    for (int i = -100; i < 100; i += 7) {
        int v = (i * 37) % 101;
        mx = v > mx ? v : mx;
        mn = v < mn ? v : mn;
        umx = (unsigned)v > umx ? (unsigned)v : umx;
        acc += v < 0 ? -v : v;
    }
    printf("minmax %d %d %u %u\n", mx, mn, umx, acc);
    int ov = 0;
    for (int i = 0; i < 40; i++) {
        int r;
        if (__builtin_add_overflow(i * 100000000, 1500000000, &r)) ov++;
        if (__builtin_mul_overflow(i, 123456789, &r)) ov += 2;
        unsigned ur;
        if (__builtin_sub_overflow((unsigned)i, 20u, &ur)) ov += 4;
    }
    printf("overflow %d\n", ov);
    __int128 w = (__int128)1 << 100;
    w += (__int128)123456789 * 1000000007;
    w -= 5;
    unsigned long long hi = (unsigned long long)(w >> 64), lo = (unsigned long long)w;
    printf("i128 %llu %llu %d\n", hi, lo, w > (__int128)1 << 99);
    unsigned char c = 200; signed char sc = -100; short s = -30000; unsigned short us = 60000;
    printf("narrow %d %d %d %d %d\n", c + sc, c * sc, s / 7, us % 1000, (signed char)(c + 100));
    return (int)(acc & 0x7f);
}
