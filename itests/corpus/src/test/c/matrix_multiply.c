/* Matrix multiplication in double and int, with a transposed variant, checked against each other. */
#include <stdio.h>

#define N 48
static double A[N][N], B[N][N], C[N][N], Bt[N][N];
static int Ai[N][N], Ci[N][N];

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (i * 7 + j * 3) % 11 / 4.0 - 1.0;
            B[i][j] = (i * 5 + j * 13) % 17 / 8.0;
            Ai[i][j] = (i ^ j) % 9 - 4;
        }
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) Bt[j][i] = B[i][j];
    double trace = 0, diff = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0, t = 0;
            for (int k = 0; k < N; k++) { s += A[i][k] * B[k][j]; t += A[i][k] * Bt[j][k]; }
            C[i][j] = s;
            diff += s - t;
        }
    for (int i = 0; i < N; i++) trace += C[i][i];
    long itrace = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int s = 0;
            for (int k = 0; k < N; k++) s += Ai[i][k] * Ai[k][j];
            Ci[i][j] = s;
        }
    for (int i = 0; i < N; i++) itrace += Ci[i][i] * (i + 1);
    printf("trace %.6f diff %.6f C[3][40] %.6f\n", trace, diff, C[3][40]);
    printf("int trace %ld Ci[10][20] %d\n", itrace, Ci[10][20]);
    return (int)(itrace & 0x7F);
}
