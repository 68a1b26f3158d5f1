/* Conversions between integers of every width (signed and unsigned) and float/double, both ways. */
#include <stdio.h>
#include <stdint.h>

static volatile uint64_t big_u = 18446744073709551000ull;
static volatile uint64_t top_bit = 0x8000000000000001ull;
static volatile int64_t neg64 = -9007199254740993ll;
static volatile double dval = 123456789.987;
static volatile float fval = -77.75f;

int main(void) {
    int8_t i8 = -100; uint8_t u8 = 250; int16_t i16 = -30000; uint16_t u16 = 65000;
    int32_t i32 = -2000000000; uint32_t u32 = 4000000000u;
    printf("to double: %.1f %.1f %.1f %.1f %.1f %.1f\n", (double)i8, (double)u8, (double)i16, (double)u16,
           (double)i32, (double)u32);
    printf("to float: %.1f %.1f %.1f\n", (float)i32, (float)u32, (float)u16);
    printf("u64 big -> double %.1f, -> float %.1f\n", (double)big_u, (float)big_u);
    printf("u64 top bit -> double %.1f\n", (double)top_bit);
    printf("i64 -> double %.1f\n", (double)neg64);
    double d = dval;
    printf("double -> i8 %d i16 %d i32 %d i64 %lld\n", (int8_t)(d / 1e6), (int16_t)(d / 1e4), (int32_t)d,
           (long long)(d * 1000));
    printf("double -> u8 %u u16 %u u32 %u u64 %llu\n", (uint8_t)(d / 1e6), (uint16_t)(d / 1e4), (uint32_t)d,
           (unsigned long long)(d * 1e10));
    printf("1.8e19 -> u64 %llu\n", (unsigned long long)(double)1.8e19);
    float f = fval;
    printf("float -> int %d, -> long %ld, -> unsigned %u\n", (int)f, (long)(f * 1000), (unsigned)(-f));
    printf("float <-> double: %.10f %.6f\n", (double)f, (float)(d / 7));
    printf("truncation toward zero: %d %d\n", (int)-2.9, (int)2.9);
    uint64_t back = (uint64_t)(double)(1ull << 63);
    printf("2^63 round trip %llu\n", (unsigned long long)back);
    return (int)(uint8_t)(int)f;
}
