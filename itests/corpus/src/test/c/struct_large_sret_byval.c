/* Large structs: returned through a hidden pointer (sret) and passed on the stack (byval). */
#include <stdio.h>
#include <string.h>

struct Big { long v[8]; char name[24]; double weight; };

static struct Big make_big(long seed, const char *name) {
    struct Big b;
    for (int i = 0; i < 8; i++) b.v[i] = seed * (i + 1) - i * i;
    strncpy(b.name, name, sizeof b.name - 1);
    b.name[sizeof b.name - 1] = '\0';
    b.weight = seed / 4.0;
    return b;
}

static long sum_big(struct Big b) {       /* callee gets its own copy */
    long s = 0;
    for (int i = 0; i < 8; i++) { s += b.v[i]; b.v[i] = 0; }
    return s + (long)b.weight + (long)strlen(b.name);
}

static struct Big combine(struct Big a, struct Big b) {
    struct Big r;
    for (int i = 0; i < 8; i++) r.v[i] = a.v[i] ^ b.v[7 - i];
    snprintf(r.name, sizeof r.name, "%.8s+%.8s", a.name, b.name);
    r.weight = a.weight * b.weight;
    return r;
}

int main(void) {
    struct Big a = make_big(11, "alpha");
    struct Big b = make_big(-3, "betagamma");
    long sa = sum_big(a);
    printf("sum a = %ld, a.v[3] still %ld\n", sa, a.v[3]);
    struct Big c = combine(a, b);
    printf("c.name = %s, weight = %.2f\n", c.name, c.weight);
    for (int i = 0; i < 8; i++) printf("%ld ", c.v[i]);
    printf("\nsum c = %ld\n", sum_big(c));
    return (int)(sum_big(c) & 0x3F);
}
