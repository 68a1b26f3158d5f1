/* Structs of two floats travel as <2 x float> in one XMM register; {double, double} and {long, long} come back in two registers. */
#include <stdio.h>

struct Vec2 { float x, y; };
struct Complex { double re, im; };
struct Span { long start, end; };

static volatile float vx = 1.5f, vy = -2.25f;

__attribute__((noinline)) static struct Vec2 vec_add(struct Vec2 a, struct Vec2 b) {
    struct Vec2 r = { a.x + b.x, a.y + b.y };
    return r;
}
__attribute__((noinline)) static struct Vec2 vec_swap_scale(struct Vec2 a, float k) {
    struct Vec2 r = { a.y * k, a.x * k };
    return r;
}
__attribute__((noinline)) static float vec_dot(struct Vec2 a, struct Vec2 b) { return a.x * b.x + a.y * b.y; }
__attribute__((noinline)) static struct Complex cmul(struct Complex a, struct Complex b) {
    struct Complex r = { a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
    return r;
}
__attribute__((noinline)) static struct Span widen(struct Span s, long by) {
    struct Span r = { s.start - by, s.end + by };
    return r;
}

int main(void) {
    struct Vec2 a = { vx, vy }, b = { vy, vx };
    struct Vec2 s = vec_add(a, b);
    struct Vec2 t = vec_swap_scale(s, 4.0f);
    float acc = 0;
    for (int i = 0; i < 10; i++) { t = vec_swap_scale(vec_add(t, a), 0.5f); acc += vec_dot(t, b); }
    printf("sum %.4f %.4f swapped %.4f %.4f acc %.4f\n", (double)s.x, (double)s.y, (double)t.x, (double)t.y, (double)acc);
    struct Complex z = { vx, vy };
    for (int i = 0; i < 3; i++) z = cmul(z, (struct Complex){ 0.5, 1.0 });
    printf("complex %.6f %.6f\n", z.re, z.im);
    struct Span sp = widen((struct Span){ 10, 20 }, (long)vx);
    printf("span %ld %ld\n", sp.start, sp.end);
    return (int)(sp.end - sp.start);
}
