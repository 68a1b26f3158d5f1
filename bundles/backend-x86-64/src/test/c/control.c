#include <stdio.h>
#include <stdarg.h>

int sw(int x) {
    switch (x) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 12;
    case 3: return 13;
    case 5: return 15;
    case 7: return 17;
    case 100: return 1000;
    default: return -1;
    }
}

const char *dense(unsigned char c) {
    switch (c) {
    case 'a': return "alpha";
    case 'b': return "bravo";
    case 'c': return "charlie";
    case 'd': return "delta";
    case 'e': return "echo";
    case 'f': return "foxtrot";
    case 'h': return "hotel";
    case 'i': return "india";
    default: return "?";
    }
}

double to_double(unsigned long v) { return (double)v; }
unsigned long to_unsigned(double d) { return (unsigned long)d; }

int sparse(long x) {
    switch (x) {
    case -5: return 1;
    case 1000: return 2;
    case 123456789: return 3;
    default: return 0;
    }
}

int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

double sum_doubles(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

int apply(int (*f)(int), int v) { return f(v); }
static int twice(int v) { return v * 2; }

int computed(int n) {
    static void *labels[] = {&&a, &&b, &&c};
    int r = 0;
    goto *labels[n % 3];
a: r += 1;
b: r += 10;
c: r += 100;
    return r;
}

int main(void) {
    int s = 0;
    for (int i = -2; i < 110; i++) s += sw(i);
    printf("switch %d\n", s);
    for (char c = '`'; c < 'k'; c++) printf("%s ", dense((unsigned char)c));
    printf("\n");
    printf("u64 %.1f %.1f %lu %lu\n", to_double(18446744073709551615UL), to_double(9223372036854775809UL),
           to_unsigned(1.8446744073709550e19), to_unsigned(12345.9));
    printf("sparse %d %d %d %d\n", sparse(-5), sparse(1000), sparse(123456789), sparse(7));
    printf("varargs %d\n", sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("vardbl %.2f\n", sum_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.5));
    printf("fnptr %d\n", apply(twice, 21));
    printf("goto %d %d %d\n", computed(0), computed(1), computed(2));
    printf("many %d %d %d %d %d %d %d %d %.1f %.1f\n", 1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10.5);
    return 0;
}
