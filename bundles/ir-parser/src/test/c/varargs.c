/* Variadic functions both ways: calling printf, defining a va_list consumer. */
#include <stdarg.h>
#include <stdio.h>

static double average(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double sum = 0;
    for (int i = 0; i < count; i++) {
        sum += va_arg(ap, double);
    }
    va_end(ap);
    return count ? sum / count : 0;
}

static int sum_ints(int count, ...) {
    va_list ap, copy;
    va_start(ap, count);
    va_copy(copy, ap);
    int s = 0;
    for (int i = 0; i < count; i++) s += va_arg(copy, int);
    va_end(copy);
    va_end(ap);
    return s;
}

int main(void) {
    printf("%.3f %d\n", average(3, 1.0, 2.0, 4.5), sum_ints(4, 1, 2, 3, 4));
    fprintf(stderr, "done %s\n", "ok");
    return 0;
}
