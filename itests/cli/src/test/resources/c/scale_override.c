/* Defines hotlink_scale itself and also uses hotlink_lib_name of libscale_lib.so: its own definition wins. */
#include <stdio.h>
int hotlink_scale(int x) { return x + 1000; }
const char *hotlink_lib_name(void);
int main(void) {
    printf("%s: hotlink_scale(6)=%d\n", hotlink_lib_name(), hotlink_scale(6));
    return 0;
}
