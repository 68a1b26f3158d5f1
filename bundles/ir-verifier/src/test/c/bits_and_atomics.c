/* Small integer arithmetic, bit tricks, strings, C11 atomics and setjmp/longjmp. */
#include <setjmp.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static jmp_buf escape;
static _Atomic int counter;
static _Atomic long long total;

static uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
static int popcount(uint64_t v) { int n = 0; while (v) { v &= v - 1; n++; } return n; }
static int8_t saturate(int16_t v) { return v > 127 ? 127 : v < -128 ? -128 : (int8_t)v; }

static void deep(int level) {
    if (level == 0) longjmp(escape, 42);
    deep(level - 1);
}

int main(void) {
    uint32_t h = 2166136261u;
    const char *text = "The quick brown fox";
    for (size_t i = 0; i < strlen(text); i++) h = rotl(h ^ (uint8_t)text[i], 5) * 16777619u;
    int bits = popcount(0xF0F0F0F0F0F0F0F0ull) + __builtin_ctz(h | 1) + __builtin_clz(h | 1);
    int16_t w = -300;
    int8_t s = saturate(w) + saturate(200) + saturate(-5);
    for (int i = 0; i < 10; i++) { atomic_fetch_add(&counter, i); atomic_fetch_add(&total, (long long)i * i); }
    int expected = 45;
    int swapped = atomic_compare_exchange_strong(&counter, &expected, 7);
    char buf[64];
    snprintf(buf, sizeof buf, "%08x/%d/%d", h, bits, s);
    int jumped = setjmp(escape);
    if (jumped == 0) deep(5);
    printf("%s %d %d %lld %d %u\n", buf, swapped, atomic_load(&counter), atomic_load(&total), jumped,
           (unsigned)(uint16_t)(w * 3));
    return 0;
}
