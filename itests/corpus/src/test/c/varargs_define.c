/* Defining variadic functions: va_start, va_arg of every class, va_copy, and va_list to vfprintf/vsnprintf. */
#include <stdio.h>
#include <stdarg.h>

static long sum_ints(int count, ...) {
    va_list ap;
    va_start(ap, count);
    long s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double mixed(const char *types, ...) {
    va_list ap;
    va_start(ap, types);
    double total = 0;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': total += va_arg(ap, int); break;
        case 'l': total += (double)va_arg(ap, long); break;
        case 'd': total += va_arg(ap, double); break;
        case 's': total += (double)va_arg(ap, const char *)[0]; break;
        }
    }
    va_end(ap);
    return total;
}

static int twice(int count, ...) {
    va_list ap, again;
    va_start(ap, count);
    va_copy(again, ap);
    int first = 0, second = 0;
    for (int i = 0; i < count; i++) first += va_arg(ap, int);
    for (int i = 0; i < count; i++) second += 2 * va_arg(again, int);
    va_end(again);
    va_end(ap);
    return second - first;
}

static void log_line(FILE *out, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    fprintf(out, "[log] ");
    vfprintf(out, format, ap);
    va_end(ap);
}

static int format_into(char *buf, size_t size, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    int n = vsnprintf(buf, size, format, ap);
    va_end(ap);
    return n;
}

int main(void) {
    printf("sum_ints %ld\n", sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("mixed %.3f\n", mixed("idldsdddddddddi", 1, 2.5, 3L, 0.25, "A", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0,
                                  8.0, 9.0, 100));
    printf("twice %d\n", twice(8, 1, 1, 2, 3, 5, 8, 13, 21));
    log_line(stdout, "%s has %d items costing %.2f\n", "cart", 3, 9.99);
    char buf[32];
    int n = format_into(buf, sizeof buf, "%08x/%s/%g", 0xbeefu, "tail", 0.5);
    printf("format_into %d '%s'\n", n, buf);
    return (int)sum_ints(3, 10, 20, 12);
}
