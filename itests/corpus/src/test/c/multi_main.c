/* Two modules linked together: this main calls functions and reads data defined in multi_lib.c. */
// corpus: extra-module multi_lib.c
#include <stdio.h>

extern int lib_counter;
extern const char *lib_name(void);
int lib_accumulate(int x);
int (*lib_callback(void))(int);

static int shared_helper(int x) { return x * 100; } /* same name as a static function in the library */

int main(void) {
    for (int i = 1; i <= 5; i++) lib_accumulate(i);
    printf("library %s counter %d\n", lib_name(), lib_counter);
    int (*cb)(int) = lib_callback();
    printf("callback(4) = %d, local helper %d\n", cb(4), shared_helper(4));
    return lib_counter;
}
