/* Casts between pointers and integers: alignment checks, tagged pointers and uintptr_t arithmetic. */
#include <stdio.h>
#include <stdint.h>

static long table[8] = { 10, 11, 12, 13, 14, 15, 16, 17 };

static void *tag(void *p, unsigned t) { return (void *)((uintptr_t)p | t); }
static unsigned tag_of(void *p) { return (unsigned)((uintptr_t)p & 7u); }
static long *untag(void *p) { return (long *)((uintptr_t)p & ~(uintptr_t)7u); }

int main(void) {
    printf("aligned to 8: %d\n", (uintptr_t)&table[0] % 8 == 0);
    long sum = 0;
    for (unsigned i = 0; i < 8; i++) {
        void *tagged = tag(&table[i], i % 8);
        sum += *untag(tagged) * tag_of(tagged);
    }
    printf("tagged sum %ld\n", sum);
    uintptr_t base = (uintptr_t)table;
    long *fifth = (long *)(base + 5 * sizeof(long));
    printf("fifth %ld, index by difference %ld\n", *fifth, (long)(((uintptr_t)fifth - base) / sizeof(long)));
    intptr_t delta = (intptr_t)&table[2] - (intptr_t)&table[6];
    printf("signed delta %ld\n", (long)delta);
    return (int)(sum % 256);
}
