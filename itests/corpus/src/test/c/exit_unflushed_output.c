/* Output without a final newline, then exit(4): stdio buffers must be flushed at exit as natively. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("partial line");
    fputs(" and more", stdout);
    putchar('!');
    exit(4);
}
