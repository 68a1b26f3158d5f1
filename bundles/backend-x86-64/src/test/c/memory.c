#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <setjmp.h>

static jmp_buf env;
static int depth;

static void dive(int n) {
    if (n == 0) longjmp(env, 42);
    depth++;
    dive(n - 1);
}

static long aligned_sum(int n) {
    double block[8] __attribute__((aligned(64)));
    for (int i = 0; i < 8; i++) block[i] = i * n;
    return ((long)block & 63) + (long)(block[3] + block[7]);
}

static int vla_sum(int n) {
    int a[n];
    for (int i = 0; i < n; i++) a[i] = i * i;
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

struct node { int value; struct node *next; };
static const char *names[] = {"zero", "one", "two", "three"};
static int table[4][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}};
static struct node n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2};
int counter = 5;
static int (*ops[2])(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }

long many(long a, long b, long c, long d, long e, long f, long g, long h, double x, double y, int i, char j) {
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + (long)(x * 10) + (long)(y * 100) + i + j;
}

int main(void) {
    volatile int saved = 7;
    int r = setjmp(env);
    if (r == 0) {
        saved = 9;
        dive(10);
    }
    printf("setjmp %d %d %d\n", r, saved, depth);
    printf("vla %d %d\n", vla_sum(10), vla_sum(100));
    printf("aligned %ld\n", aligned_sum(3));
    int total = 0;
    for (struct node *n = &n1; n; n = n->next) total += n->value;
    printf("list %d %s %s %d\n", total, names[2], names[3], table[2][1] + table[3][2]);
    ops[0] = add; ops[1] = sub;
    printf("ops %d %d %d\n", ops[0](5, 3), ops[1](5, 3), counter++);
    printf("many %ld\n", many(1, 2, 3, 4, 5, 6, 7, 8, 1.5, 2.25, 9, 'a'));
    char buf[100];
    memset(buf, 'x', sizeof buf);
    buf[99] = 0;
    memmove(buf + 10, buf, 20);
    sprintf(buf, "%d-%s-%.3f", 12, "ab", 3.14159);
    printf("%s %d\n", buf, (int)strlen(buf));
    char *d = strdup("dynamic");
    printf("%s %d\n", d, strcmp(d, "dynamic"));
    free(d);
    return counter;
}
