/* __attribute__((alias)): a second name for a function and for a variable. */
#include <stdio.h>

int real_counter = 5;
extern int counter_alias __attribute__((alias("real_counter")));

int real_add(int a, int b) { return a + b; }
int add_alias(int a, int b) __attribute__((alias("real_add")));

int main(void) {
    counter_alias += 10;
    printf("real_counter %d via alias %d\n", real_counter, counter_alias);
    printf("add_alias(2, 3) = %d, same function: %d\n", add_alias(2, 3), (void *)add_alias == (void *)real_add);
    return real_counter;
}
