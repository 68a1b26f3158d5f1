/* Computed goto (blockaddress, indirectbr), unions, volatile and atomics. */
#include <stdio.h>
#include <stdatomic.h>

union Bits { float f; unsigned u; unsigned char b[4]; };
static atomic_int shared = 0;

static int run(const unsigned char *code) {
    static void *labels[] = {&&op_inc, &&op_dbl, &&op_end};
    int acc = 0;
    goto *labels[*code++];
op_inc: acc++; goto *labels[*code++];
op_dbl: acc *= 2; goto *labels[*code++];
op_end: return acc;
}

int main(void) {
    unsigned char prog[] = {0, 0, 1, 0, 1, 2};
    union Bits bits = {.f = 1.0f};
    volatile int v = 3;
    atomic_fetch_add(&shared, 5);
    int expected = 5;
    atomic_compare_exchange_strong(&shared, &expected, 9);
    printf("%d %08x %d %d\n", run(prog), bits.u, v + 1, atomic_load(&shared));
    return 0;
}
