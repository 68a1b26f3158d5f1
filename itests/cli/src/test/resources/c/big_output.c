/* About 1.5 MB on stdout through stdio, the last line without newline, then return from main. */
#include <stdio.h>
int main(void) {
    for (int i = 0; i < 100000; i++)
        printf("line %6d of the big output\n", i);
    printf("end without newline");
    return 0;
}
