/* Integer min/max/abs patterns that clang turns into llvm.smax/smin/umax/umin/abs, and fmin/fmax. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

static volatile int data[] = { 5, -12, 7, 0, -3, 99, -100, 42 };
static volatile unsigned udata[] = { 5, 4000000000u, 7, 0, 3 };

static int smax(int a, int b) { return a > b ? a : b; }
static int smin(int a, int b) { return a < b ? a : b; }
static unsigned umax(unsigned a, unsigned b) { return a > b ? a : b; }
static unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
static int clamp(int v, int lo, int hi) { return smin(smax(v, lo), hi); }

int main(void) {
    int mx = data[0], mn = data[0], abssum = 0;
    for (int i = 0; i < 8; i++) { mx = smax(mx, data[i]); mn = smin(mn, data[i]); abssum += abs(data[i]); }
    unsigned umx = 0, umn = ~0u;
    for (int i = 0; i < 5; i++) { umx = umax(umx, udata[i]); umn = umin(umn, udata[i]); }
    printf("smax %d smin %d abs sum %d\n", mx, mn, abssum);
    printf("umax %u umin %u\n", umx, umn);
    printf("clamp %d %d %d\n", clamp(-50, -10, 10), clamp(5, -10, 10), clamp(50, -10, 10));
    printf("labs %ld llabs %lld\n", labs(-1234567890123L), llabs(-9876543210LL));
    printf("fmin %.2f fmax %.2f fminf %.2f\n", fmin(data[1], data[2]), fmax(data[5], data[7]), (double)fminf(1.5f, -2.5f));
    return clamp(abssum, 0, 200);
}
