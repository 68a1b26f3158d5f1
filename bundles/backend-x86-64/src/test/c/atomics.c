#include <stdio.h>
#include <stdatomic.h>

static atomic_int counter;
static atomic_long big;
static _Atomic unsigned char small;

int main(void) {
    for (int i = 0; i < 100; i++) {
        atomic_fetch_add(&counter, i);
        atomic_fetch_sub(&big, i * 3L);
        atomic_fetch_or(&small, (unsigned char)(1 << (i % 8)));
    }
    int expected = 4950;
    int ok = atomic_compare_exchange_strong(&counter, &expected, 7);
    int expected2 = 1;
    int ok2 = atomic_compare_exchange_strong(&counter, &expected2, 9);
    atomic_store(&big, atomic_load(&big) * 2);
    int old = atomic_exchange(&counter, 100);
    atomic_fetch_and(&counter, 0x6c);
    atomic_fetch_xor(&counter, 0x3);
    atomic_thread_fence(memory_order_seq_cst);
    printf("atomics %d %d %d %d %ld %d %d\n", ok, ok2, expected2, old, atomic_load(&big), atomic_load(&counter), small);
    return 0;
}
