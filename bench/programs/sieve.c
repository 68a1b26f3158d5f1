/* sieve.c: sieve of Eratosthenes over a byte array, repeated (byte stores, nested loops).
 * Scale: repetitions. */
#include <string.h>
#include "bench_timer.h"

#define LIMIT 2000000

static unsigned char composite[LIMIT + 1];

static long sieve(long limit) {
    memset(composite, 0, (size_t)limit + 1);
    long count = 0;
    for (long i = 2; i <= limit; i++) {
        if (!composite[i]) {
            count++;
            for (long j = i * i; j <= limit; j += i) {
                composite[j] = 1;
            }
        }
    }
    return count;
}

int main(int argc, char **argv) {
    long reps = bench_scale(argc, argv, 60);
    long total = 0;
    bench_timer t;
    bench_start(&t);
    for (long r = 0; r < reps; r++) {
        total += sieve(LIMIT - (r & 7));
    }
    bench_stop(&t);
    printf("primes %ld total %ld\n", sieve(LIMIT), total);
    return 0;
}
