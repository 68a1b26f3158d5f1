/* Counts the primes up to N (first argument, default 100) with a sieve, prints the last few and
 * the count, and exits with the count modulo 256 as its status.
 * primes.ll is generated from this file with: clang-19 -S -emit-llvm -O0 primes.c -o primes.ll */
#include <stdio.h>
#include <stdlib.h>

static int count_primes(char *composite, long limit) {
    int count = 0;
    for (long n = 2; n <= limit; n++) {
        if (composite[n]) {
            continue;
        }
        count++;
        for (long multiple = n * n; multiple <= limit; multiple += n) {
            composite[multiple] = 1;
        }
    }
    return count;
}

int main(int argc, char **argv) {
    long limit = argc > 1 ? strtol(argv[1], NULL, 10) : 100;
    if (limit < 2) {
        fprintf(stderr, "usage: %s [N >= 2]\n", argv[0]);
        return 64;
    }
    char *composite = calloc((size_t) limit + 1, 1);
    if (composite == NULL) {
        perror("calloc");
        return 1;
    }
    int count = count_primes(composite, limit);
    printf("largest primes up to %ld:", limit);
    int shown = 0;
    for (long n = limit; n >= 2 && shown < 5; n--) {
        if (!composite[n]) {
            printf(" %ld", n);
            shown++;
        }
    }
    printf("\n%d primes up to %ld\n", count, limit);
    free(composite);
    return count % 256;
}
