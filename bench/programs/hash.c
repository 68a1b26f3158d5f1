/* hash.c: 64-bit integer mixing (multiply, xor, shifts, rotates) into an open-addressing table (short probes),
 * plus FNV-1a over bytes. Scale: millions of keys. */
#include <stdint.h>
#include "bench_timer.h"

#define TABLE_BITS 16
#define TABLE_SIZE (1u << TABLE_BITS)

static uint64_t table[TABLE_SIZE];
static uint32_t counts[TABLE_SIZE];

static uint64_t rotl(uint64_t x, int r) {
    return (x << r) | (x >> (64 - r));
}

static uint64_t mix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static uint32_t fnv1a(const unsigned char *p, int n) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

int main(int argc, char **argv) {
    long millions = bench_scale(argc, argv, 24);
    uint64_t x = 0x9e3779b97f4a7c15ULL, acc = 0;
    bench_timer t;
    bench_start(&t);
    for (long i = 0; i < millions * 1000000; i++) {
        x = rotl(x, 17) ^ (x * 0x2545f4914f6cdd1dULL) ^ (uint64_t)i;
        uint64_t h = mix(x);
        uint32_t slot = (uint32_t)(h >> (64 - TABLE_BITS));
        /* short linear probe: at most 4 slots, then overwrite */
        for (int probe = 0; probe < 4 && table[slot] != 0 && table[slot] != (h | 1); probe++) {
            slot = (slot + 1) & (TABLE_SIZE - 1);
        }
        if ((i & 3) == 0) table[slot] = h | 1;
        counts[slot]++;
        acc += fnv1a((const unsigned char *)&h, 8) ^ (uint32_t)slot;
    }
    bench_stop(&t);
    uint64_t sum = 0;
    for (uint32_t i = 0; i < TABLE_SIZE; i++) sum = sum * 1099511628211ULL + table[i] + counts[i];
    printf("acc %llu table %llu\n", (unsigned long long)acc, (unsigned long long)sum);
    return 0;
}
