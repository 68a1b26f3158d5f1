/* Floating-point comparisons with every predicate, including NaN, infinities and signed zeros. */
#include <stdio.h>
#include <math.h>

static volatile double vnan, vinf, vzero;

static void compare(const char *name, double a, double b) {
    printf("%-8s < %d <= %d > %d >= %d == %d != %d unord %d islessgreater %d\n", name,
           a < b, a <= b, a > b, a >= b, a == b, a != b, isunordered(a, b), islessgreater(a, b));
}

static void comparef(const char *name, float a, float b) {
    printf("%-8s f< %d f<= %d f> %d f>= %d f== %d f!= %d\n", name, a < b, a <= b, a > b, a >= b, a == b, a != b);
}

int main(void) {
    vnan = NAN; vinf = INFINITY; vzero = 0.0;
    double nan = vnan, inf = vinf, nzero = -vzero;
    compare("1 vs 2", 1.0, 2.0);
    compare("2 vs 1", 2.0, 1.0);
    compare("eq", 3.5, 3.5);
    compare("nan-1", nan, 1.0);
    compare("1-nan", 1.0, nan);
    compare("nan-nan", nan, nan);
    compare("inf-1", inf, 1.0);
    compare("0 -0", 0.0, nzero);
    comparef("f nan", (float)nan, 0.0f);
    comparef("f 1 2", 1.0f, 2.0f);
    printf("isnan %d isinf %d signbit(-0) %d isfinite %d\n", isnan(nan) != 0, isinf(-inf) != 0,
           signbit(nzero) != 0, isfinite(1e308) != 0);
    int count = 0;
    double values[] = { -1.0, nan, 0.0, inf, -inf, nzero };
    for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) count += !(values[i] < values[j]) + (values[i] == values[j]);
    printf("count %d\n", count);
    return count;
}
