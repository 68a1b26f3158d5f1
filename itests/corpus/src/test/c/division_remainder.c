/* Signed and unsigned division and remainder of every width, including negative operands. */
#include <stdio.h>
#include <stdint.h>

static volatile int32_t num[] = { 17, -17, 17, -17, 0, 2147483647, -2147483647 };
static volatile int32_t den[] = { 5, 5, -5, -5, 3, 10, 7 };

int main(void) {
    for (int i = 0; i < 7; i++) {
        int32_t a = num[i], b = den[i];
        printf("%d / %d = %d rem %d; unsigned %u / %u = %u rem %u\n", a, b, a / b, a % b, (uint32_t)a, (uint32_t)b,
               (uint32_t)a / (uint32_t)b, (uint32_t)a % (uint32_t)b);
    }
    int64_t big = -9000000000000000007ll;
    printf("64: %lld %lld %llu %llu\n", (long long)(big / 1000), (long long)(big % 1000),
           (unsigned long long)((uint64_t)big / 1000), (unsigned long long)((uint64_t)big % 1000));
    int8_t s8 = -128; uint8_t u8 = 250; int16_t s16 = -32000; uint16_t u16 = 65000;
    volatile int8_t d8 = 7; volatile int16_t d16 = -9;
    printf("8: %d %d %u %u\n", s8 / d8, s8 % d8, u8 / (uint8_t)d8, u8 % (uint8_t)d8);
    printf("16: %d %d %u %u\n", s16 / d16, s16 % d16, u16 / 9, u16 % 9);
    int by_const = 0;
    for (int i = -50; i <= 50; i++) by_const += i / 7 + i % 7 + (unsigned)(i + 50) / 3u;
    printf("by constants %d\n", by_const);
    return (int)((uint32_t)num[1] % 251u);
}
