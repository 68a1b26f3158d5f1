#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct point { int x, y; };
struct big { long a, b, c, d; double e; };
struct pair { double re, im; };
struct fpair { float x, y; };

struct point make_point(int x, int y) { struct point p = {x, y}; return p; }
struct fpair fadd(struct fpair a, struct fpair b) { struct fpair r = {a.x + b.x, a.y + b.y}; return r; }
long sum_big(struct big b) { return b.a + b.b + b.c + b.d + (long)b.e; }
struct big make_big(long v) { struct big b = {v, v * 2, v * 3, v * 4, v * 0.5}; return b; }

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

union u { int i; float f; unsigned char bytes[4]; };

int main(void) {
    struct point p = make_point(3, 4);
    printf("point %d %d\n", p.x, p.y);
    struct fpair f = fadd((struct fpair){1.5f, 2.5f}, (struct fpair){0.25f, -1});
    printf("fadd %.2f %.2f\n", f.x, f.y);
    struct big b = make_big(10);
    printf("big %ld\n", sum_big(b));
    int arr[10] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0};
    qsort(arr, 10, sizeof(int), cmp);
    for (int i = 0; i < 10; i++) printf("%d ", arr[i]);
    printf("\n");
    char buf[64];
    strcpy(buf, "hello");
    strcat(buf, ", world");
    printf("%s %zu\n", buf, strlen(buf));
    union u x; x.f = 1.0f;
    printf("union %d %d\n", x.i, x.bytes[3]);
    struct point *ps = malloc(5 * sizeof *ps);
    for (int i = 0; i < 5; i++) ps[i] = make_point(i, i * i);
    int s = 0;
    for (int i = 0; i < 5; i++) s += ps[i].x * ps[i].y;
    free(ps);
    printf("heap %d\n", s);
    return s;
}
