/* Prints the first bytes of stdin exactly, so input consumed by anyone else would show. */
#include <stdio.h>
int main(void) {
    int c, n = 0;
    printf("first bytes:");
    while (n < 16 && (c = getchar()) != EOF) {
        printf(" %02x", c);
        n++;
    }
    printf("\n");
    return 0;
}
