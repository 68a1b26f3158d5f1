/* Calls functions of the shared library built from scale_lib.c. */
#include <stdio.h>
int hotlink_scale(int x);
const char *hotlink_lib_name(void);
int main(void) {
    printf("%s: hotlink_scale(6)=%d\n", hotlink_lib_name(), hotlink_scale(6));
    return 0;
}
