/* Reads integers from stdin with scanf until EOF; prints the first one, the count and the sum. */
#include <stdio.h>
int main(void) {
    long sum = 0, first = -1;
    int count = 0, x;
    while (scanf("%d", &x) == 1) {
        if (count == 0)
            first = x;
        sum += x;
        count++;
    }
    printf("first=%ld count=%d sum=%ld\n", first, count, sum);
    return 0;
}
