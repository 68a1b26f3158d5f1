/* Weak definitions used when nothing overrides them, and a weak reference to an undefined function. */
#include <stdio.h>

__attribute__((weak)) int tunable = 17;
__attribute__((weak)) const char *provider(void) { return "weak default"; }
extern void maybe_missing(void) __attribute__((weak));

int main(void) {
    printf("tunable %d provider %s\n", tunable, provider());
    printf("maybe_missing is %s\n", maybe_missing ? "present" : "absent");
    if (maybe_missing) maybe_missing();
    return tunable;
}
