/* The smallest Hotlink example: prints a line and exits with status 0.
 * hello.ll is generated from this file with: clang-19 -S -emit-llvm -O0 hello.c -o hello.ll */
#include <stdio.h>

int main(void) {
    printf("Hello from Hotlink!\n");
    return 0;
}
