/* Calling variadic libc functions with many mixed integer and floating-point arguments. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[256];
    printf("%d %.2f %ld %.3e %u %g %c %s %lld %f\n", 1, 2.5, 3L, 4e10, 5u, 0.000125, 'x', "str", -7LL, 8.0);
    printf("%f %f %f %f %f %f %f %f %f %f\n", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5);
    printf("%d %d %d %d %d %d %d %d %d %d %d %d\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    int n = sprintf(buf, "%s=%d;%s=%.1f;%x", "a", 10, "b", 2.25, 255);
    printf("sprintf wrote %d: %s\n", n, buf);
    int want = snprintf(buf, 8, "%d-%d-%d-%d", 1000, 2000, 3000, 4000);
    printf("snprintf wanted %d, got '%s' (%zu)\n", want, buf, strlen(buf));
    float f = 1.75f;
    short h = -3;
    unsigned char c = 200;
    printf("promoted: %f %d %d\n", f, h, c);
    printf("%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42);
    printf("%10.4f|%-10.2e|%G\n", 3.14159265, 12345.678, 1e-10);
    return n;
}
