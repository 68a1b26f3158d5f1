#include <stdio.h>
struct pair { double re, im; };
struct lpair { long a, b; };
struct pair cmul(struct pair a, struct pair b) {
    struct pair r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}
struct lpair lswap(struct lpair p) { struct lpair r = {p.b, p.a}; return r; }
int main(void) {
    struct pair c = cmul((struct pair){1, 2}, (struct pair){3, -1});
    printf("cmul %.1f %.1f\n", c.re, c.im);
    struct lpair l = lswap((struct lpair){7, 9});
    printf("lswap %ld %ld\n", l.a, l.b);
    return 0;
}
