/* math.h: sqrt, pow, trigonometry, exp/log, rounding functions, fmod, fabs, copysign, fmin/fmax, fma, hypot, atan2. */
#include <stdio.h>
#include <math.h>

static volatile double x = 2.75, y = -1.5, z = 0.3;
static volatile float xf = 2.5f;

int main(void) {
    printf("sqrt %.10f pow %.10f\n", sqrt(x), pow(x, y));
    printf("sin %.10f cos %.10f atan2 %.10f\n", sin(x), cos(x), atan2(y, x));
    printf("exp %.10f log %.10f\n", exp(z), log(x));
    printf("floor %.1f ceil %.1f round %.1f trunc %.1f rint %.1f\n", floor(y), ceil(y), round(y), trunc(y), rint(y));
    printf("round(2.5) %.1f rint(2.5) %.1f\n", round(2.5 + z - z), rint(2.5 + z - z));
    printf("fmod %.10f fabs %.2f copysign %.2f\n", fmod(x, 0.7), fabs(y), copysign(x, y));
    printf("fmin %.2f fmax %.2f\n", fmin(x, y), fmax(x, y));
    printf("fma %.17g hypot %.10f\n", fma(x, z, y), hypot(3.0 * x, 4.0 * x));
    printf("sqrtf %.6f floorf %.1f fabsf %.1f\n", sqrtf(xf), floorf(-xf), fabsf(-xf));
    printf("tan %.10f asin %.10f\n", tan(z), asin(z));
    double sum = 0;
    for (int i = 1; i <= 100; i++) sum += sin(i * 0.1) * exp(-i * 0.01);
    printf("series %.12f\n", sum);
    return (int)(sqrt(x) * 10);
}
