/* Structs passed and returned by value in every small size class of the x86-64 ABI. */
#include <stdio.h>

struct One { int a; };
struct TwoLong { long a, b; };
struct TwoDouble { double x, y; };
struct TwoFloat { float x, y; };          /* one <2 x float> in an XMM register */
struct Chars { char c[3]; };
struct Mixed { int i; float f; };          /* int and float share one eightbyte */
struct MixedWide { double d; long l; };    /* SSE class then INTEGER class */
struct Three { int a, b, c; };

static struct One one_twice(struct One v) { v.a *= 2; return v; }
static struct TwoLong swap_long(struct TwoLong v) { struct TwoLong r = { v.b, v.a }; return r; }
static struct TwoDouble add_double(struct TwoDouble p, struct TwoDouble q) {
    struct TwoDouble r = { p.x + q.x, p.y + q.y }; return r;
}
static struct TwoFloat scale_float(struct TwoFloat v, float k) { v.x *= k; v.y *= k; return v; }
static struct Chars rotate_chars(struct Chars v) { struct Chars r = {{ v.c[1], v.c[2], v.c[0] }}; return r; }
static struct Mixed mix(struct Mixed m) { m.i += 1; m.f *= 0.5f; return m; }
static struct MixedWide wide(struct MixedWide m) { m.d = m.d * 3 + 0.25; m.l = -m.l; return m; }
static struct Three three_sum(struct Three t) { struct Three r = { t.a + t.b, t.b + t.c, t.c + t.a }; return r; }

static int many_args(struct TwoLong a, struct TwoDouble b, int c, struct TwoFloat d, struct One e,
                     double f, struct Mixed g, long h, struct Chars i) {
    return (int)((a.a + a.b) % 100000 + b.x + b.y + c + d.x + d.y + e.a + f + g.i + g.f + h + i.c[0] + i.c[2]);
}

int main(void) {
    struct One o = one_twice((struct One){ 21 });
    struct TwoLong tl = swap_long((struct TwoLong){ 1234567890123L, -5 });
    struct TwoDouble td = add_double((struct TwoDouble){ 1.5, 2.25 }, (struct TwoDouble){ -0.5, 10.0 });
    struct TwoFloat tf = scale_float((struct TwoFloat){ 1.25f, -3.0f }, 4.0f);
    struct Chars ch = rotate_chars((struct Chars){{ 'a', 'b', 'c' }});
    struct Mixed mx = mix((struct Mixed){ 41, 3.0f });
    struct MixedWide mw = wide((struct MixedWide){ 2.0, 99 });
    struct Three th = three_sum((struct Three){ 1, 20, 300 });
    printf("one %d\n", o.a);
    printf("twolong %ld %ld\n", tl.a, tl.b);
    printf("twodouble %.3f %.3f\n", td.x, td.y);
    printf("twofloat %.3f %.3f\n", tf.x, tf.y);
    printf("chars %c%c%c\n", ch.c[0], ch.c[1], ch.c[2]);
    printf("mixed %d %.2f\n", mx.i, mx.f);
    printf("mixedwide %.2f %ld\n", mw.d, mw.l);
    printf("three %d %d %d\n", th.a, th.b, th.c);
    int m = many_args(tl, td, 7, tf, o, 0.5, mx, 1000, ch);
    printf("many_args %d\n", m);
    return m & 0x7F;
}
