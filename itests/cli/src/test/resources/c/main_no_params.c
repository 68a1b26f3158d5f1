/* main without parameters. */
#include <stdio.h>
int main(void) {
    puts("main() without parameters");
    return 17;
}
