#include <stdio.h>
#include <math.h>

double poly(double x) { return 3.0 * x * x - 2.5 * x + 1.0 / (x + 4.0); }
float polyf(float x) { return 1.5f * x * x + x / 3.0f; }

int classify(double a, double b) {
    int r = 0;
    if (a < b) r |= 1;
    if (a <= b) r |= 2;
    if (a > b) r |= 4;
    if (a >= b) r |= 8;
    if (a == b) r |= 16;
    if (a != b) r |= 32;
    if (!(a < b)) r |= 64;
    if (!(a == b)) r |= 128;
    return r;
}

int main(void) {
    double acc = 0;
    for (int i = 0; i < 50; i++) acc += poly(i * 0.37);
    printf("poly %.6f\n", acc);
    float facc = 0;
    for (int i = 0; i < 50; i++) facc += polyf((float)i * 0.5f);
    printf("polyf %.4f\n", facc);
    double nan = 0.0 / 0.0;
    printf("cls %d %d %d %d %d\n", classify(1, 2), classify(2, 1), classify(3, 3), classify(nan, 1), classify(1, nan));
    printf("math %.6f %.6f %.6f %.6f %.6f\n", sqrt(2.0), sin(1.0), pow(2.0, 0.5), floor(-2.5), fabs(-3.25));
    long l = (long)(acc * 1000);
    unsigned long ul = (unsigned long)(acc * 1e12);
    printf("conv %ld %lu %d %f %f\n", l, ul, (int)-7.9, (double)ul, (double)(unsigned long)-5);
    float f = (float)acc;
    double back = f;
    printf("fconv %.3f %.3f %d\n", f, back, (unsigned char)(f / 100));
    printf("min %.2f max %.2f\n", fmin(3.0, -1.0), fmax(3.0, -1.0));
    volatile double vz = 0.0;
    double vnan = vz / vz;
    float fneg = -(float)acc;
    printf("neg %.2f %.3f %.2f %d %d\n", -acc, fmod(acc, 7.0), fneg, vnan != vnan, (vnan < 1.0) ? 1 : (vnan >= 1.0) ? 2 : 3);
    double pick = acc > 100 ? acc * 2 : acc / 2;
    float fpick = facc < 10.0f ? facc : -facc;
    printf("select %.3f %.3f %.3f %.3f\n", pick, fpick, copysign(2.5, -acc), trunc(-acc / 3));
    return (int)acc & 0x7f;
}
