/* sscanf parsing integers, floats, strings, character sets and counting conversions. */
#include <stdio.h>

int main(void) {
    int a, b; double d; char word[16]; unsigned x; long l;
    int n = sscanf("42 -17 3.75 token 0x1F 9000000000", "%d %d %lf %15s %x %ld", &a, &b, &d, word, &x, &l);
    printf("converted %d: %d %d %.2f %s %u %ld\n", n, a, b, d, word, x, l);
    int year, month, day;
    n = sscanf("2026-11-25", "%d-%d-%d", &year, &month, &day);
    printf("date %d: %04d/%02d/%02d\n", n, year, month, day);
    char key[16], value[16];
    n = sscanf("name=hotlink;", "%15[^=]=%15[^;]", key, value);
    printf("pair %d: %s -> %s\n", n, key, value);
    float f; char c;
    n = sscanf("  1e-3 z", "%f %c", &f, &c);
    printf("float %d: %g %c\n", n, f, c);
    int consumed;
    n = sscanf("123abc", "%d%n", &a, &consumed);
    printf("partial %d: %d consumed %d\n", n, a, consumed);
    n = sscanf("nothing", "%d", &a);
    printf("failed conversion returns %d\n", n);
    return year - 2000;
}
