/* Main module of a three-module program; trio_a.c and trio_b.c call each other and share trio_value. */
#include <stdio.h>
extern int trio_value;
int trio_a(int n);
int main(void) {
    int r = trio_a(6);
    printf("trio_a(6)=%d trio_value=%d\n", r, trio_value);
    return 0;
}
