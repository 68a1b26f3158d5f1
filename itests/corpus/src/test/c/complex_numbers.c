/* C99 complex arithmetic: multiplication and division call libgcc's __muldc3/__divdc3, returned as {double, double}. */
#include <stdio.h>
#include <complex.h>

static volatile double re = 1.5, im = -0.5;

int main(void) {
    double complex z = re + im * I;
    double complex w = 2.0 - 3.0 * I;
    double complex p = z * w, q = z / w;
    printf("z*w = %.6f %+.6fi\n", creal(p), cimag(p));
    printf("z/w = %.6f %+.6fi\n", creal(q), cimag(q));
    double complex acc = 1.0;
    for (int i = 0; i < 8; i++) acc *= z;
    printf("z^8 = %.6f %+.6fi |z|=%.6f\n", creal(acc), cimag(acc), cabs(z));
    float complex f = 1.0f + 2.0f * I;
    f = f * f;
    printf("float complex square %.3f %+.3fi\n", (double)crealf(f), (double)cimagf(f));
    return (int)(cabs(acc) * 10) & 0xFF;
}
