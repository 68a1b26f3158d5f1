/* a*b+c contracted by clang into llvm.fmuladd, versus explicit fma(): results must match the native program exactly. */
#include <stdio.h>
#include <math.h>

static volatile double va = 1.0000001, vb = 0.9999999, vc = -1.0;

static double dot(const double *x, const double *y, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s = x[i] * y[i] + s;
    return s;
}

int main(void) {
    double a = va, b = vb, c = vc;
    printf("a*b+c  = %.17g\n", a * b + c);
    printf("fma    = %.17g\n", fma(a, b, c));
    printf("fmaf   = %.9g\n", (double)fmaf((float)a, (float)b, (float)c));
    double x[16], y[16];
    for (int i = 0; i < 16; i++) { x[i] = 1.0 / (i + 1); y[i] = (i % 3) - 0.1 * i; }
    printf("dot    = %.17g\n", dot(x, y, 16));
    float fs = 0;
    for (int i = 1; i <= 100; i++) fs = fs * 0.5f + (float)i * 0.25f;
    printf("float  = %.9g\n", (double)fs);
    return (int)(fabs(dot(x, y, 16)) * 10);
}
