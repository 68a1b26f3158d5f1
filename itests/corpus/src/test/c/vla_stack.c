/* Variable-length arrays: sized at run time, released at scope exit (stacksave/stackrestore) inside loops. */
#include <stdio.h>

static long fill_and_sum(int n) {
    long vla[n];
    for (int i = 0; i < n; i++) vla[i] = (long)i * i;
    long s = 0;
    for (int i = 0; i < n; i++) s += vla[i];
    return s;
}

static int matrix_trace(int rows, int cols) {
    int m[rows][cols];
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
    int t = 0;
    for (int i = 0; i < rows && i < cols; i++) t += m[i][i];
    return t;
}

int main(void) {
    long total = 0;
    for (int round = 0; round < 2000; round++) {   /* each iteration allocates and frees a VLA */
        int n = 100 + round % 50;
        char scratch[n];
        for (int i = 0; i < n; i++) scratch[i] = (char)(i ^ round);
        total += scratch[n - 1];
    }
    printf("loop total %ld\n", total);
    printf("fill_and_sum(1000) = %ld\n", fill_and_sum(1000));
    printf("matrix_trace(7, 9) = %d, sizeof per row %zu\n", matrix_trace(7, 9), sizeof(int[9]));
    return matrix_trace(5, 5);
}
