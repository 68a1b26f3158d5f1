/* Shifts of 8-, 16-, 32- and 64-bit values, signed (arithmetic) and unsigned (logical), by variable amounts. */
#include <stdio.h>
#include <stdint.h>

static volatile int amounts[] = { 0, 1, 3, 7, 15, 31, 63 };

int main(void) {
    int8_t s8 = -100; uint8_t u8 = 0xC3; int16_t s16 = -12345; uint16_t u16 = 0xBEEF;
    int32_t s32 = -123456789; uint32_t u32 = 0xDEADBEEFu; int64_t s64 = -1234567890123456789ll;
    uint64_t u64 = 0xFEDCBA9876543210ull;
    for (int i = 0; i < 7; i++) {
        int n = amounts[i];
        if (n < 8) printf("8:  %d %d %u %u\n", (int8_t)(s8 >> n), (int8_t)((unsigned)s8 << n), (uint8_t)(u8 >> n), (uint8_t)(u8 << n));
        if (n < 16) printf("16: %d %d %u %u\n", (int16_t)(s16 >> n), (int16_t)((unsigned)s16 << n), (uint16_t)(u16 >> n),
                           (uint16_t)(u16 << n));
        if (n < 32) printf("32: %d %u %u\n", s32 >> n, u32 >> n, u32 << n);
        printf("64: %lld %llu %llu\n", (long long)(s64 >> n), (unsigned long long)(u64 >> n),
               (unsigned long long)(u64 << n));
    }
    uint32_t mask = 0;
    for (int i = 0; i < 32; i += 3) mask |= 1u << i;
    printf("mask %08x\n", mask);
    return (int)((u64 >> 60) & 0xF);
}
