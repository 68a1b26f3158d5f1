/* main(argc, argv) with fixed arguments: parses the numeric ones, echoes the others, exits with the sum. */
// corpus: args 12 -5 word 30 x=1
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

int main(int argc, char **argv) {
    long sum = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (isdigit((unsigned char)a[0]) || (a[0] == '-' && isdigit((unsigned char)a[1]))) sum += strtol(a, NULL, 10);
        else printf("word argument %d: %s\n", i, a);
    }
    printf("argc %d sum %ld\n", argc, sum);
    return (int)sum;
}
