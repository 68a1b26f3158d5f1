#include <math.h>
#include <stdio.h>
#include <float.h>

static int classify(double x) {
    return isnan(x) + isinf(x) * 2 + isfinite(x) * 4 + signbit(x) * 8 + isnormal(x) * 16
           + (fpclassify(x) == FP_SUBNORMAL) * 32 + (fpclassify(x) == FP_ZERO) * 64;
}

static int classifyf(float x) {
    return isnan(x) + isinf(x) * 2 + isfinite(x) * 4 + signbit(x) * 8 + isnormal(x) * 16
           + (fpclassify(x) == FP_SUBNORMAL) * 32 + (fpclassify(x) == FP_ZERO) * 64;
}

int main(void) {
    volatile double zero = 0.0;
    double values[] = {0.0, -0.0, 1.5, -2.5, DBL_MIN / 4, -DBL_MIN / 8, 1.0 / zero, -1.0 / zero, zero / zero, DBL_MAX};
    for (int i = 0; i < 10; i++) printf("%d ", classify(values[i]));
    printf("\n");
    for (int i = 0; i < 10; i++) printf("%d ", classifyf((float)values[i]));
    printf("\n");
    return 0;
}
