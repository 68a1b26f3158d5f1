/* Small odd-sized structs: {char[3]}, {short, char}, {char, int} passed and returned by value and in arrays. */
#include <stdio.h>

struct Rgb { unsigned char c[3]; };
struct ShortChar { short s; char c; };
struct CharInt { char c; int i; };

static struct Rgb blend(struct Rgb a, struct Rgb b) {
    struct Rgb r;
    for (int i = 0; i < 3; i++) r.c[i] = (unsigned char)((a.c[i] + b.c[i]) / 2);
    return r;
}
static struct ShortChar next_sc(struct ShortChar v) { v.s = (short)(v.s * 3); v.c++; return v; }
static struct CharInt make_ci(char c, int i) { struct CharInt r = { c, i }; return r; }

int main(void) {
    struct Rgb palette[4] = { {{ 255, 0, 0 }}, {{ 0, 255, 0 }}, {{ 0, 0, 255 }}, {{ 10, 20, 30 }} };
    struct Rgb mix = palette[0];
    for (int i = 1; i < 4; i++) mix = blend(mix, palette[i]);
    printf("mix %u %u %u sizeof %zu\n", mix.c[0], mix.c[1], mix.c[2], sizeof mix);
    struct ShortChar sc = { 7, 'a' };
    for (int i = 0; i < 5; i++) sc = next_sc(sc);
    printf("short-char %d %c\n", sc.s, sc.c);
    struct CharInt ci = make_ci('z', -123456);
    printf("char-int %c %d\n", ci.c, ci.i);
    return mix.c[2];
}
