#include <stdio.h>

#pragma pack(push, 1)
struct packed {
    signed f0 : 14;
    unsigned f1 : 5;
    unsigned f2 : 21;
    unsigned f3 : 30;
    signed f4 : 18;
    signed f5 : 7;
    signed f6 : 18;
};
#pragma pack(pop)

struct wide {
    unsigned long a : 40;
    long b : 23;
    unsigned c : 1;
};

static struct packed g = {-97, 2, 328, 16825, -355, 3, -134};
static struct wide w = {0x123456789ULL, -4000000, 1};
static _Bool flag;

/* i1 arithmetic: clang -O2 keeps the _Bool in an i1 global and flips it with xor i1 ..., true */
static long flipped(void) { return -(long)!flag; }

int main(void) {
    g.f2 += 1000;
    g.f4 = g.f4 * 3 - 7;
    g.f0 ^= 0x155;
    w.a = w.a * 5 + 1;
    w.b = -w.b / 3;
    w.c = !w.c;
    printf("%d %u %u %u %d %d %d\n", g.f0, g.f1, g.f2, g.f3, g.f4, g.f5, g.f6);
    printf("%llu %ld %u %d\n", (unsigned long long)w.a, (long)w.b, w.c, (int)sizeof(struct packed));
    printf("bool %ld", flipped());
    flag = 1;
    printf(" %ld\n", flipped());
    return g.f5 + 3;
}
