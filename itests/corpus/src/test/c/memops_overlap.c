/* memcpy, memmove and memset on small, large and overlapping regions; memcmp and memchr. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned checksum(const unsigned char *p, size_t n) {
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

int main(void) {
    char s[32] = "0123456789abcdef";
    memmove(s + 4, s, 10);
    printf("memmove forward: %s\n", s);
    memmove(s, s + 6, 10);
    printf("memmove backward: %s\n", s);
    size_t big = 1 << 20;
    unsigned char *a = malloc(big), *b = malloc(big);
    for (size_t i = 0; i < big; i++) a[i] = (unsigned char)(i * 7 + (i >> 8));
    memcpy(b, a, big);
    printf("memcpy 1 MiB equal: %d checksum %08x\n", memcmp(a, b, big) == 0, checksum(b, big));
    memmove(a + 1000, a, big - 1000);
    printf("overlapping 1 MiB memmove checksum %08x\n", checksum(a, big));
    memset(a, 0xAB, big / 2);
    memset(a + 3, 0, 5);
    printf("memset checksum %08x a[2]=%02x a[3]=%02x\n", checksum(a, big), a[2], a[3]);
    struct { int x; double y; char z[5]; } p = { 1, 2.0, "abcd" }, q;
    memcpy(&q, &p, sizeof p);
    printf("struct copy %d %.1f %s\n", q.x, q.y, q.z);
    const char *hay = "find the x here";
    const char *found = memchr(hay, 'x', 15);
    printf("memchr offset %ld\n", found ? (long)(found - hay) : -1L);
    int cmp = memcmp("abcX", "abcY", 4);
    free(a);
    free(b);
    return cmp < 0 ? 5 : 6;
}
