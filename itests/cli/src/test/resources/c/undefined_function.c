/* Calls a function that no module, library or libc defines. */
#include <stdio.h>
int hotlink_no_such_function(int x);
int main(void) {
    puts("before");
    return hotlink_no_such_function(1);
}
