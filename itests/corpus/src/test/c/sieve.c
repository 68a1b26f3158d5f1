/* The sieve of Eratosthenes up to 2,000,000: prime count, sum and the last primes. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const int limit = 2000000;
    unsigned char *composite = calloc((size_t)limit + 1, 1);
    for (long i = 2; i * i <= limit; i++)
        if (!composite[i])
            for (long j = i * i; j <= limit; j += i) composite[j] = 1;
    long count = 0, sum = 0;
    int last[5] = { 0 };
    for (int i = 2; i <= limit; i++)
        if (!composite[i]) { count++; sum += i; last[count % 5] = i; }
    printf("primes below %d: %ld, sum %ld\n", limit, count, sum);
    printf("some of the last: %d %d %d %d %d\n", last[0], last[1], last[2], last[3], last[4]);
    free(composite);
    return (int)(count % 256);
}
