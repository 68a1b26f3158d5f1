/* float and double arithmetic: add, subtract, multiply, divide, negate, mixed precision and accumulation order. */
#include <stdio.h>

static volatile float f1 = 1.1f, f2 = 3.3f;
static volatile double d1 = 0.1, d2 = 0.7;

int main(void) {
    float a = f1, b = f2;
    double c = d1, d = d2;
    printf("float: %.9g %.9g %.9g %.9g %.9g\n", (double)(a + b), (double)(a - b), (double)(a * b), (double)(a / b), (double)-a);
    printf("double: %.17g %.17g %.17g %.17g %.17g\n", c + d, c - d, c * d, c / d, -d);
    printf("mixed: %.17g %.9g\n", a * c, (double)(float)(b / d));
    double sum = 0; float fsum = 0;
    for (int i = 0; i < 1000; i++) { sum += c; fsum += a; }
    printf("sums %.17g %.9g\n", sum, (double)fsum);
    double harmonic = 0;
    for (int i = 1; i <= 1000; i++) harmonic += 1.0 / i;
    printf("harmonic %.15f\n", harmonic);
    double tiny = 1e-310, huge = 1e308;
    printf("subnormal %g overflow %g underflow %g\n", tiny * 0.5, huge * 10, tiny * 1e-20);
    float neg_zero = -0.0f * a;
    printf("negative zero %g, 1/-0 %g\n", (double)neg_zero, 1.0 / neg_zero);
    return (int)(harmonic * 10);
}
