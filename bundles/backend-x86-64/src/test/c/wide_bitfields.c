#include <stdio.h>

/* Packed bit-fields spanning more than 64 and 128 bits: clang accesses them as i72 / i136 units. */
#pragma pack(push, 1)
struct s72 {
    unsigned long a : 40;
    signed b : 20;
    unsigned c : 12;
};
struct s136 {
    signed a : 30;
    unsigned long b : 60;
    signed long c : 40;
    unsigned d : 6;
};
#pragma pack(pop)

static struct s72 x = {0x123456789AUL, -300000, 0xABC};
static struct s136 y = {-123456789, 0x0FEDCBA987654321UL, -549755813000L, 45};

int main(void) {
    for (int i = 0; i < 5; i++) {
        x.a = x.a * 3 + (unsigned long)i;
        x.b = x.b / 2 - i;
        x.c ^= (unsigned)(i * 77);
        y.a = y.a + 1000 * i;
        y.b = (y.b >> 1) | ((unsigned long)i << 55);
        y.c = -y.c / 3;
        y.d = (y.d + 7) & 63;
    }
    printf("%lu %d %u\n", (unsigned long)x.a, x.b, x.c);
    printf("%d %lu %ld %u %d\n", y.a, (unsigned long)y.b, (long)y.c, y.d, y.b == 0x0FEDCBA987654321UL);
    return (int)(x.c & 0x7f);
}
