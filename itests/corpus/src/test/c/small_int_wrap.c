/* 8- and 16-bit arithmetic with wraparound, sign and zero extension, and integer promotion. */
#include <stdio.h>
#include <stdint.h>

static int8_t add8(int8_t a, int8_t b) { return (int8_t)(a + b); }
static uint8_t mul8(uint8_t a, uint8_t b) { return (uint8_t)(a * b); }
static int16_t sub16(int16_t a, int16_t b) { return (int16_t)(a - b); }
static uint16_t mul16(uint16_t a, uint16_t b) { return (uint16_t)(a * b); }

int main(void) {
    uint8_t h = 0; int8_t s = 0; uint16_t h16 = 1; int16_t s16 = 0;
    for (int i = 0; i < 300; i++) {
        h = mul8(h, 31) + (uint8_t)i;
        s = add8(s, (int8_t)(i * 7));
        h16 = mul16(h16, 257) ^ (uint16_t)i;
        s16 = sub16(s16, (int16_t)(i * 311));
    }
    printf("u8 %u s8 %d u16 %u s16 %d\n", h, s, h16, s16);
    uint8_t x = 200, y = 100;
    printf("promotion: %d wrapped: %u\n", x + y, (uint8_t)(x + y));
    int8_t m = -128;
    printf("-(-128) as int8 = %d, as int = %d\n", (int8_t)-m, -m);
    unsigned char uc = 0xF0; signed char sc = (signed char)0xF0;
    printf("zext %d sext %d\n", (int)uc, (int)sc);
    uint16_t big = 65535;
    big++;
    printf("65535+1 as u16 = %u\n", big);
    return (int)(uint8_t)(h ^ (uint8_t)s);
}
