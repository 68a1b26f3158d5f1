/* matmul.c: dense double matrix multiply, i-k-j order (loads, stores, fmuladd, 2-D indexing).
 * Scale: repetitions. */
#include "bench_timer.h"

#define N 200

static double a[N][N], b[N][N], c[N][N];

static void multiply(void) {
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            c[i][j] = 0;
        }
        for (int k = 0; k < N; k++) {
            double aik = a[i][k];
            for (int j = 0; j < N; j++) {
                c[i][j] += aik * b[k][j];
            }
        }
    }
}

int main(int argc, char **argv) {
    long reps = bench_scale(argc, argv, 120);
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
            a[i][j] = (double)((i * 7 + j * 3) % 17) / 16.0 - 0.5;
            b[i][j] = (double)((i * 5 + j * 11) % 13) / 12.0 - 0.5;
        }
    }
    double sum = 0;
    bench_timer t;
    bench_start(&t);
    for (long r = 0; r < reps; r++) {
        a[r % N][(r * 3) % N] += 1.0 / 1024;
        multiply();
        sum += c[(r * 7) % N][(r * 13) % N];
    }
    bench_stop(&t);
    double trace = 0;
    for (int i = 0; i < N; i++) {
        trace += c[i][i];
    }
    printf("trace %.6f sum %.6f\n", trace, sum);
    return 0;
}
