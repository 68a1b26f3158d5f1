/* A small sort benchmark: quicksort, merge sort and insertion sort over pseudo-random data, checked and hashed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 20000

static unsigned state = 2463534242u;
static unsigned next_random(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }

static void quicksort(int *a, int lo, int hi) {
    while (lo < hi) {
        int p = a[lo + (hi - lo) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; } else { quicksort(a, i, hi); hi = j; }
    }
}

static void merge_sort(int *a, int *tmp, int n) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, sizeof(int) * (size_t)n);
}

static void insertion_sort(int *a, int n) {
    for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}

static unsigned digest(const int *a, int n) { unsigned h = 0; for (int i = 0; i < n; i++) h = h * 31 + (unsigned)a[i]; return h; }
static int is_sorted(const int *a, int n) { for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0; return 1; }

int main(void) {
    int *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *tmp = malloc(N * sizeof *tmp);
    for (int i = 0; i < N; i++) a[i] = b[i] = (int)(next_random() % 100000) - 50000;
    quicksort(a, 0, N - 1);
    merge_sort(b, tmp, N);
    printf("quicksort sorted %d digest %08x\n", is_sorted(a, N), digest(a, N));
    printf("merge sort sorted %d same %d\n", is_sorted(b, N), memcmp(a, b, N * sizeof *a) == 0);
    for (int i = 0; i < 2000; i++) tmp[i] = (int)(next_random() % 1000);
    insertion_sort(tmp, 2000);
    printf("insertion sorted %d digest %08x median %d\n", is_sorted(tmp, 2000), digest(tmp, 2000), tmp[1000]);
    int result = a[N / 2] & 0x7F;
    free(a); free(b); free(tmp);
    return result;
}
