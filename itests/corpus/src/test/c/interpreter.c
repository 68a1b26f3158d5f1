/* A small expression interpreter: tokenizer, recursive-descent parser to an AST, and an evaluator with variables. */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

enum Kind { NUM, VAR, BIN };
struct Ast { enum Kind kind; long value; char op; struct Ast *l, *r; };

static const char *src;
static long vars[26];

static struct Ast *node(enum Kind k, long v, char op, struct Ast *l, struct Ast *r) {
    struct Ast *n = malloc(sizeof *n);
    n->kind = k; n->value = v; n->op = op; n->l = l; n->r = r;
    return n;
}
static void skip(void) { while (*src == ' ') src++; }
static struct Ast *expr(void);
static struct Ast *primary(void) {
    skip();
    if (*src == '(') { src++; struct Ast *e = expr(); skip(); src++; return e; }
    if (*src == '-') { src++; return node(BIN, 0, '-', node(NUM, 0, 0, NULL, NULL), primary()); }
    if (isalpha((unsigned char)*src)) return node(VAR, *src++ - 'a', 0, NULL, NULL);
    long v = 0;
    while (isdigit((unsigned char)*src)) v = v * 10 + (*src++ - '0');
    return node(NUM, v, 0, NULL, NULL);
}
static struct Ast *term(void) {
    struct Ast *l = primary();
    for (skip(); *src == '*' || *src == '/' || *src == '%'; skip()) { char op = *src++; l = node(BIN, 0, op, l, primary()); }
    return l;
}
static struct Ast *expr(void) {
    struct Ast *l = term();
    for (skip(); *src == '+' || *src == '-'; skip()) { char op = *src++; l = node(BIN, 0, op, l, term()); }
    return l;
}
static long eval(const struct Ast *n) {
    switch (n->kind) {
    case NUM: return n->value;
    case VAR: return vars[n->value];
    case BIN: {
        long a = eval(n->l), b = eval(n->r);
        switch (n->op) { case '+': return a + b; case '-': return a - b; case '*': return a * b;
                         case '/': return b ? a / b : 0; default: return b ? a % b : 0; }
    }
    }
    return 0;
}
static void release(struct Ast *n) { if (n) { release(n->l); release(n->r); free(n); } }

int main(void) {
    const char *lines[] = { "a = 6 * 7", "b = a - 2 * (3 + 4)", "c = (a + b) % 17 - -5", "d = a * b * c / 3",
                            "e = ((((1 + 2) * 3) + 4) * 5) - d % 1000" };
    long last = 0;
    for (int i = 0; i < 5; i++) {
        src = lines[i];
        int target = src[0] - 'a';
        src += 3;
        struct Ast *tree = expr();
        vars[target] = last = eval(tree);
        printf("%s => %ld\n", lines[i], last);
        release(tree);
    }
    long loop = 0;
    for (int i = 0; i < 2000; i++) { vars[0] = i; src = "a * a % 7 + a / 3"; struct Ast *t = expr(); loop += eval(t); release(t); }
    printf("loop %ld\n", loop);
    return (int)(last & 0x7F);
}
