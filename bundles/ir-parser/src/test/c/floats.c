/* Floating point: float/double/long double arithmetic, conversions, math calls, special values. */
#include <math.h>
#include <stdio.h>

static float fscale(float x, float k) { return x * k + 0.5f; }

int main(void) {
    double a = 1.0 / 3.0, b = -0.0, c = 1e300, tiny = 5e-324;
    float f = fscale(3.25f, 2.0f);
    long double ld = 1.0L / 7.0L;
    double inf = c * c;
    unsigned u = (unsigned)(a * 1e9);
    long long ll = (long long)-2.75;
    printf("%.17g %g %g %g %.9g\n", a, b, inf, tiny, (double)f);
    printf("%.20Lg\n", ld);
    printf("%u %lld %g %g\n", u, ll, sqrt(2.0), pow(2.0, 0.5) - sqrt(2.0));
    printf("%d %d %d\n", isnan(inf - inf), a < b, fabs(b) == 0.0);
    printf("%g %g\n", floor(-2.5), fmod(10.0, 3.0));
    return 0;
}
