/* Aliases: second names for functions (called and compared through the alias) and for variables, strong and weak. */
#include <stdio.h>

int table[4] = {10, 20, 30, 40};
extern int table_alias[4] __attribute__((alias("table")));

static int scale(int x, int k) { return x * k; }
int scale_alias(int x, int k) __attribute__((alias("scale")));
int weak_scale(int x, int k) __attribute__((weak, alias("scale")));

typedef int (*binop)(int, int);

int main(int argc, char **argv) {
    (void) argv;
    binop through = argc > 5 ? scale : scale_alias;
    table_alias[1] += scale_alias(argc, 3) + weak_scale(2, 2);
    printf("%d %d %d same=%d\n", table[1], through(4, 5), weak_scale(argc, 7), (void *) scale_alias == (void *) scale);
    return table[1] & 0x7f;
}
