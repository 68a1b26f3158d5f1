/* Function pointers: callbacks through qsort, tables of handlers, returning function pointers. */
#include <stdio.h>
#include <stdlib.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static binop pick(char c) { return c == '+' ? add : c == '-' ? sub : mul; }
static int compare(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void apply(void (*f)(int), int n) { for (int i = 0; i < n; i++) f(i); }
static void show(int i) { printf("[%d]", i); }

int main(void) {
    int v[] = {5, 3, 9, 1, 7};
    qsort(v, 5, sizeof v[0], compare);
    for (int i = 0; i < 5; i++) printf("%d ", v[i]);
    printf("\n%d %d %d\n", pick('+')(6, 7), pick('-')(6, 7), pick('*')(6, 7));
    apply(show, 3);
    printf("\n");
    return 0;
}
