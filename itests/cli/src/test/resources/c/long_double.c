/* long double arithmetic (x86_fp80 in the IR). */
#include <stdio.h>
int main(void) {
    volatile long double a = 1.0L;
    long double b = a / 3.0L;
    printf("%.15Lf\n", b * 3.0L);
    return (int)(b * 30.0L);
}
