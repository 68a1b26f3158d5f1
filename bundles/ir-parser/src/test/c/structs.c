/* Structs: nested, packed, by value, arrays of structs; prints sizeof for layout checks. */
#include <stdio.h>
#include <stddef.h>

struct Point { int x; int y; };
struct Mixed { char c; double d; short s; long long l; char tail; };
struct __attribute__((packed)) Packed { char c; int i; short s; };
struct Nested { struct Point p[3]; struct Mixed m; char name[5]; };
struct WithLongDouble { char c; long double ld; };

static struct Point make(int x, int y) { struct Point p = {x, y}; return p; }
static struct Mixed copy(struct Mixed m) { m.l += 1; return m; }

int main(void) {
    struct Nested n = {{{1, 2}, {3, 4}, {5, 6}}, {'a', 2.5, 7, 8, 'z'}, "abcd"};
    struct Point q = make(10, 20);
    struct Mixed m = copy(n.m);
    struct Packed pk = {'p', 42, 9};
    printf("sizes %zu %zu %zu %zu %zu\n", sizeof(struct Point), sizeof(struct Mixed), sizeof(struct Packed),
           sizeof(struct Nested), sizeof(struct WithLongDouble));
    printf("offsets %zu %zu %zu %zu\n", offsetof(struct Mixed, d), offsetof(struct Mixed, s),
           offsetof(struct Mixed, l), offsetof(struct Mixed, tail));
    printf("%d %d %lld %d %s %d\n", q.x + q.y, n.p[2].y, m.l, pk.i, n.name, pk.s);
    return 0;
}
