/* printf conversions: %d %i %u %ld %lld %x %X %o %c %s %f %e %g %.*f %*d %% and flags. */
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("[%d] [%i] [%u] [%ld] [%lld]\n", INT_MIN, -1, UINT_MAX, LONG_MAX, LLONG_MIN);
    printf("[%x] [%X] [%#x] [%o] [%#o]\n", 48879, 48879, 255, 8, 8);
    printf("[%c%c%c] [%s] [%.3s] [%10s] [%-10s]\n", 'a', 66, '!', "string", "truncate", "right", "left");
    printf("[%f] [%.0f] [%.10f] [%e] [%E]\n", 3.14159265358979, 2.5, 1.0 / 3, 123456.789, 0.000123);
    printf("[%g] [%g] [%g] [%g] [%#g]\n", 100000.0, 1000000.0, 0.0001, 0.00001, 1.5);
    for (int prec = 0; prec < 5; prec++) printf("[%.*f]", prec, 2.718281828);
    printf("\n[%*d] [%-*d] [%%]\n", 6, 42, 6, 42);
    printf("[%hhd] [%hd] [%hu] [%zu] [%lu]\n", (signed char)-1, (short)-2, (unsigned short)65535, sizeof(long), 7UL);
    printf("[%.2e] [%10.3f] [%-10.1f] [%+.2f] [%08.3f]\n", -9.87654e-5, -3.14159, 2.0, 1.0, -1.5);
    printf("[%f] [%f] [%f]\n", 1e300 * 10, -1e300 * 10, 0.0 * -1);
    int chars = printf("%s\n", "count me");
    return chars;
}
