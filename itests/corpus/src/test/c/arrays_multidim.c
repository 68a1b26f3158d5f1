/* One-, two- and three-dimensional arrays, arrays passed as pointers, and row-major layout. */
#include <stdio.h>

#define N 6
static int grid[N][N];
static short cube[3][4][5];

static long trace(int (*m)[N]) { long t = 0; for (int i = 0; i < N; i++) t += m[i][i]; return t; }

static void transpose(int m[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) { int t = m[i][j]; m[i][j] = m[j][i]; m[j][i] = t; }
}

int main(void) {
    int flat[10];
    for (int i = 0; i < 10; i++) flat[i] = i * i - 3 * i;
    long s = 0;
    for (int i = 0; i < 10; i++) s += flat[i];
    printf("flat sum %ld\n", s);
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) grid[i][j] = i * 10 + j;
    transpose(grid);
    printf("grid[1][4] = %d, grid[4][1] = %d, trace = %ld\n", grid[1][4], grid[4][1], trace(grid));
    int *p = &grid[0][0];
    printf("row-major: p[2*N+3] = %d\n", p[2 * N + 3]);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) for (int k = 0; k < 5; k++)
        cube[i][j][k] = (short)(i * 100 + j * 10 + k);
    long c = 0;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) c += cube[i][j][4 - j];
    printf("cube diagonal sum %ld, sizeof cube %zu\n", c, sizeof cube);
    char words[3][8] = { "one", "two", "three" };
    for (int i = 2; i >= 0; i--) printf("%s%c", words[i], i ? ' ' : '\n');
    return (int)(c % 256);
}
