/* Function pointers: tables of them, passing them around, returning them, and calls through structs. */
#include <stdio.h>

typedef long (*binop)(long, long);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long mod(long a, long b) { return b ? a % b : 0; }

static const binop table[] = { add, sub, mul, mod };
static const char *const names[] = { "add", "sub", "mul", "mod" };

struct Op { const char *symbol; binop fn; };
static const struct Op ops[] = { { "+", add }, { "*", mul } };

static binop choose(char c) {
    switch (c) { case '+': return add; case '-': return sub; case '*': return mul; default: return mod; }
}

static long fold(const long *v, int n, binop f, long init) {
    for (int i = 0; i < n; i++) init = f(init, v[i]);
    return init;
}

int main(void) {
    for (int i = 0; i < 4; i++) printf("%s(17, 5) = %ld\n", names[i], table[i](17, 5));
    long values[] = { 3, 4, 5, 6 };
    printf("fold add %ld, fold mul %ld\n", fold(values, 4, add, 0), fold(values, 4, mul, 1));
    const char *expr = "+-*%";
    long acc = 100;
    for (const char *p = expr; *p; p++) acc = choose(*p)(acc, 7);
    printf("acc %ld\n", acc);
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) printf("op %s -> %ld\n", ops[i].symbol, ops[i].fn(6, 7));
    binop volatile indirect = sub;
    return (int)indirect(50, 8);
}
