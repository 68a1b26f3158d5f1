/* __builtin_trap() (llvm.trap, ud2). */
#include <stdio.h>
int main(void) {
    volatile int go = 1;
    if (go)
        __builtin_trap();
    puts("not reached");
    return 0;
}
