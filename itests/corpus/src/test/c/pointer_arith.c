/* Pointer arithmetic: differences, comparisons, walking arrays of structs, pointers to pointers. */
#include <stdio.h>
#include <stddef.h>

struct Rec { int id; double score; char tag; };

static void bump_all(int **pp, int n) { for (int i = 0; i < n; i++) (*pp[i])++; }

int main(void) {
    int a[16];
    for (int i = 0; i < 16; i++) a[i] = 100 - i;
    int *lo = a, *hi = a + 15;
    int steps = 0;
    while (lo < hi) { int t = *lo; *lo++ = *hi; *hi-- = t; steps++; }
    printf("reversed in %d steps: a[0]=%d a[15]=%d\n", steps, a[0], a[15]);
    ptrdiff_t d = &a[12] - &a[3];
    printf("distance %td\n", d);
    struct Rec recs[4] = { { 1, 1.5, 'a' }, { 2, 2.5, 'b' }, { 3, 3.5, 'c' }, { 4, 4.5, 'd' } };
    double total = 0;
    for (struct Rec *r = recs; r != recs + 4; ++r) total += r->score * r->id;
    printf("weighted %.2f, offsetof score %zu, tag of last %c\n", total, offsetof(struct Rec, score),
           (recs + 3)->tag);
    int x = 1, y = 2, z = 3;
    int *ptrs[3] = { &x, &y, &z };
    bump_all(ptrs, 3);
    int **pp = ptrs + 1;
    printf("after bump: %d %d %d, **pp=%d\n", x, y, z, **pp);
    char text[] = "pointer";
    char *end = text;
    while (*end) end++;
    printf("length by pointers %td\n", end - text);
    unsigned char *bytes = (unsigned char *)&a[1];
    printf("first byte of a[1] = %u\n", bytes[0]);
    return (int)d;
}
