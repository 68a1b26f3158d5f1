/* Two modules: a weak default in this module is overridden by the strong definition in multi_weak_lib.c. */
// corpus: extra-module multi_weak_lib.c
#include <stdio.h>

__attribute__((weak)) int setting = 1;
__attribute__((weak)) const char *greeting(void) { return "weak greeting"; }
__attribute__((weak)) int only_weak(void) { return 5; }

int main(void) {
    printf("setting %d greeting %s only_weak %d\n", setting, greeting(), only_weak());
    return setting;
}
