/* sort.c: hand-written quicksort with insertion sort for small ranges, then a heap sort, on
 * pseudo-random 32-bit keys (compares, swaps, recursion, data-dependent branches). Scale: rounds. */
#include "bench_timer.h"

#define COUNT 400000

static unsigned keys[COUNT];
static unsigned work[COUNT];

static unsigned next_random(unsigned long long *state) {
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(*state >> 33);
}

static void insertion_sort(unsigned *v, long lo, long hi) {
    for (long i = lo + 1; i <= hi; i++) {
        unsigned x = v[i];
        long j = i - 1;
        while (j >= lo && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static void quick_sort(unsigned *v, long lo, long hi) {
    while (hi - lo > 16) {
        long mid = lo + (hi - lo) / 2;
        unsigned p = v[mid];
        if (v[lo] > p) p = v[lo] < v[hi] ? v[lo] : (v[hi] > p ? v[hi] : p);
        long i = lo, j = hi;
        while (i <= j) {
            while (v[i] < p) i++;
            while (v[j] > p) j--;
            if (i <= j) {
                unsigned tmp = v[i];
                v[i] = v[j];
                v[j] = tmp;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quick_sort(v, lo, j);
            lo = i;
        } else {
            quick_sort(v, i, hi);
            hi = j;
        }
    }
    insertion_sort(v, lo, hi);
}

static void sift_down(unsigned *v, long root, long end) {
    while (2 * root + 1 < end) {
        long child = 2 * root + 1;
        if (child + 1 < end && v[child] < v[child + 1]) child++;
        if (v[root] >= v[child]) return;
        unsigned tmp = v[root];
        v[root] = v[child];
        v[child] = tmp;
        root = child;
    }
}

static void heap_sort(unsigned *v, long n) {
    for (long i = n / 2 - 1; i >= 0; i--) sift_down(v, i, n);
    for (long end = n - 1; end > 0; end--) {
        unsigned tmp = v[0];
        v[0] = v[end];
        v[end] = tmp;
        sift_down(v, 0, end);
    }
}

static unsigned long long checksum(const unsigned *v, long n) {
    unsigned long long h = 0;
    for (long i = 0; i < n; i++) {
        if (i > 0 && v[i - 1] > v[i]) return 0; /* not sorted */
        h = h * 31 + v[i];
    }
    return h;
}

int main(int argc, char **argv) {
    long rounds = bench_scale(argc, argv, 6);
    unsigned long long state = 42, total = 0;
    for (long i = 0; i < COUNT; i++) keys[i] = next_random(&state);
    bench_timer t;
    bench_start(&t);
    for (long r = 0; r < rounds; r++) {
        for (long i = 0; i < COUNT; i++) work[i] = keys[i] ^ (unsigned)(r * 2654435761u);
        quick_sort(work, 0, COUNT - 1);
        total += checksum(work, COUNT);
        for (long i = 0; i < COUNT; i++) work[i] = keys[i] + (unsigned)r;
        heap_sort(work, COUNT);
        total += checksum(work, COUNT);
    }
    bench_stop(&t);
    printf("checksum %llu\n", total);
    return 0;
}
