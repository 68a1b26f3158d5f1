/* main returns atoi(argv[1]): the exit status must be that value & 0xFF. */
#include <stdlib.h>
int main(int argc, char **argv) {
    return argc > 1 ? atoi(argv[1]) : 99;
}
