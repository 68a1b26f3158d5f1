#include <stdio.h>
#include <stdint.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

unsigned long long mix(unsigned long long a, unsigned long long b) {
    return (a * 6364136223846793005ULL) ^ (b >> 7) ^ (a << 13);
}

int divs(int a, int b) { return a / b + a % b; }
unsigned divu(unsigned a, unsigned b) { return a / b + a % b; }
short narrow(signed char c, unsigned short s) { return (short)(c * 3 + s / 5 - (c >> 2)); }

int main(void) {
    printf("fib %d\n", fib(20));
    unsigned long long h = 1;
    for (int i = 0; i < 100; i++) h = mix(h, (unsigned long long)i * 977);
    printf("mix %llu\n", h);
    int sum = 0;
    for (int i = -50; i < 50; i += 3) if (i != 0) sum += divs(1000 + i * 7, i);
    printf("divs %d\n", sum);
    unsigned usum = 0;
    for (unsigned i = 1; i < 100; i += 7) usum += divu(4000000000u - i * 12345, i);
    printf("divu %u\n", usum);
    int ns = 0;
    for (int i = -128; i < 128; i += 5) ns += narrow((signed char)i, (unsigned short)(i * 517));
    printf("narrow %d\n", ns);
    int64_t big = -1234567890123LL;
    printf("shifts %lld %llu %d\n", (long long)(big >> 5), (unsigned long long)big >> 9, (int)(big << 3));
    return fib(10) & 0xff;
}
