/* An extern_weak function that nothing defines resolves to null. */
#include <stdio.h>
extern int hotlink_weak_missing(void) __attribute__((weak));
int main(void) {
    if (hotlink_weak_missing)
        printf("weak symbol resolved: %d\n", hotlink_weak_missing());
    else
        printf("weak symbol is null\n");
    return 0;
}
