/* GCC __sync builtins and __atomic builtins on integers of several widths. */
#include <stdio.h>
#include <stdint.h>

static int32_t i32 = 100;
static int64_t i64 = 1;
static uint16_t u16 = 65530;

int main(void) {
    printf("fetch_and_add %d\n", __sync_fetch_and_add(&i32, 5));
    printf("add_and_fetch %d\n", __sync_add_and_fetch(&i32, 5));
    printf("fetch_and_sub %d\n", __sync_fetch_and_sub(&i32, 10));
    printf("or_and_fetch %d\n", __sync_or_and_fetch(&i32, 0x100));
    printf("and_and_fetch %d\n", __sync_and_and_fetch(&i32, 0x1F0));
    printf("xor_and_fetch %d\n", __sync_xor_and_fetch(&i32, 0xFFF));
    printf("nand_and_fetch %d\n", __sync_nand_and_fetch(&i32, 0xF0F));
    printf("val_cas %lld\n", (long long)__sync_val_compare_and_swap(&i64, 1, 77));
    printf("bool_cas %d %d\n", __sync_bool_compare_and_swap(&i64, 1, 5), __sync_bool_compare_and_swap(&i64, 77, 5));
    printf("lock_test_and_set %lld\n", (long long)__sync_lock_test_and_set(&i64, 42));
    __sync_lock_release(&i64);
    __sync_synchronize();
    printf("after release %lld\n", (long long)i64);
    printf("u16 add wraps %u\n", __sync_add_and_fetch(&u16, 10));
    printf("__atomic max-like: %d\n", __atomic_fetch_add(&i32, 1, __ATOMIC_SEQ_CST));
    int32_t expected = i32;
    int ok = __atomic_compare_exchange_n(&i32, &expected, 5, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    printf("__atomic cas %d now %d\n", ok, __atomic_load_n(&i32, __ATOMIC_ACQUIRE));
    return i32;
}
