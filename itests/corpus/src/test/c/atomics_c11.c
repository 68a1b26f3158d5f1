/* C11 atomics: fetch-and-op, exchange, compare-exchange strong and weak, loads and stores with each memory order, fences. */
#include <stdio.h>
#include <stdatomic.h>
#include <stdint.h>

static _Atomic int counter = 10;
static _Atomic long wide = 1000;
static _Atomic uint8_t small = 250;
static _Atomic(int *) slot;
static int target_a = 1, target_b = 2;

int main(void) {
    int old = atomic_fetch_add(&counter, 5);
    printf("fetch_add old %d new %d\n", old, atomic_load(&counter));
    old = atomic_fetch_sub_explicit(&counter, 3, memory_order_acq_rel);
    printf("fetch_sub old %d\n", old);
    old = atomic_fetch_and(&counter, 0x6);
    printf("fetch_and old %d\n", old);
    old = atomic_fetch_or_explicit(&counter, 0x30, memory_order_release);
    printf("fetch_or old %d\n", old);
    old = atomic_fetch_xor_explicit(&counter, 0xFF, memory_order_relaxed);
    printf("fetch_xor old %d now %d\n", old, atomic_load_explicit(&counter, memory_order_acquire));
    long prev = atomic_exchange(&wide, -5);
    printf("exchange old %ld now %ld\n", prev, atomic_load_explicit(&wide, memory_order_seq_cst));
    long expected = 7;
    _Bool ok = atomic_compare_exchange_strong(&wide, &expected, 8);
    printf("cas strong with wrong expected: %d, expected now %ld\n", ok, expected);
    ok = atomic_compare_exchange_strong(&wide, &expected, 8);
    printf("cas strong with right expected: %d, value %ld\n", ok, atomic_load(&wide));
    expected = 8;
    int tries = 0;
    while (!atomic_compare_exchange_weak_explicit(&wide, &expected, expected * 3, memory_order_acq_rel,
                                                  memory_order_relaxed)) tries++;
    printf("cas weak value %ld\n", atomic_load(&wide));
    (void)tries;
    uint8_t b = atomic_fetch_add(&small, 10);
    printf("u8 wrap old %u new %u\n", b, atomic_load(&small));
    atomic_store_explicit(&slot, &target_a, memory_order_release);
    atomic_store_explicit(&counter, 99, memory_order_relaxed);
    atomic_store(&counter, 100);
    atomic_thread_fence(memory_order_seq_cst);
    atomic_thread_fence(memory_order_acquire);
    atomic_thread_fence(memory_order_release);
    atomic_signal_fence(memory_order_seq_cst);
    int *p = atomic_exchange(&slot, &target_b);
    printf("slot held %d, now %d, counter %d\n", *p, *atomic_load_explicit(&slot, memory_order_consume),
           atomic_load(&counter));
    return atomic_load(&counter) - 90;
}
