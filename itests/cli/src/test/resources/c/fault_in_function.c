/* The null-pointer write happens in store_through, a named compiled function. */
#include <stdio.h>
void store_through(int *volatile p, int value) {
    *p = value;
}
int main(void) {
    store_through(0, 1);
    puts("not reached");
    return 0;
}
