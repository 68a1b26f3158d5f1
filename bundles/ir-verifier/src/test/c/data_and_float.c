/* Structs, unions, floating point, complex numbers, varargs both ways, function pointers and qsort. */
#include <complex.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { double x, y; };
struct pair { float a, b; };
union bits { double d; unsigned long long u; unsigned char bytes[8]; };
struct record { char name[12]; short age; long long id; struct point where; };

static struct pair swap_pair(struct pair p) { struct pair r = { p.b, p.a }; return r; }
static struct point midpoint(struct point a, struct point b) {
    struct point m = { (a.x + b.x) / 2, (a.y + b.y) / 2 };
    return m;
}

static double sum_doubles(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double s = 0;
    for (int i = 0; i < count; i++) s += va_arg(ap, double);
    va_end(ap);
    return s;
}

static int by_age(const void *l, const void *r) {
    const struct record *a = l, *b = r;
    return (a->age > b->age) - (a->age < b->age);
}

int main(void) {
    struct record people[4] = {
        { "ada", 36, 1, { 1.5, 2.5 } }, { "bob", 25, 2, { -1, 0 } },
        { "cy", 71, 3, { 3, 4 } }, { "dee", 5, 4, { 0.25, 8 } },
    };
    qsort(people, 4, sizeof people[0], by_age);
    struct point m = midpoint(people[0].where, people[3].where);
    struct pair p = swap_pair((struct pair){ 1.25f, -3.5f });
    union bits u = { .d = -0.0 };
    double complex z = (1.0 + 2.0 * I) * (3.0 - 1.0 * I);
    double (*fn[3])(double) = { sqrt, sin, floor };
    double acc = 0;
    for (int i = 0; i < 3; i++) acc += fn[i](2.75 + i);
    float f = (float)acc;
    printf("%s %d %.3f %.3f %.2f %.2f %llx %.1f %.1f %.6f %.4f %.3f\n", people[0].name, people[3].age, m.x, m.y,
           p.a, p.b, u.u, creal(z), cimag(z), acc, sum_doubles(3, 1.0, 2.5, 4.25), f * 1.5f);
    return strlen(people[1].name) == 3 ? 0 : 1;
}
