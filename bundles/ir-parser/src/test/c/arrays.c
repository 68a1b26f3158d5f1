/* Arrays and pointers: multi-dimensional arrays, pointer arithmetic, variable-length arrays, memcpy/memset. */
#include <stdio.h>
#include <string.h>

static int grid[4][5];

static long sum_vla(int n) {
    long vla[n];
    for (int i = 0; i < n; i++) vla[i] = (long)i * i;
    long s = 0;
    for (long *p = vla; p < vla + n; p++) s += *p;
    return s;
}

int main(int argc, char **argv, char **envp) {
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 5; j++) grid[i][j] = i * 10 + j;
    int copy[4][5];
    memcpy(copy, grid, sizeof grid);
    memset(grid, 0, sizeof grid);
    int *flat = &copy[0][0];
    printf("%d %d %ld %d\n", flat[13], copy[3][4], sum_vla(10), grid[2][2]);
    printf("%s %d\n", argv[0] ? "argv" : "none", envp != 0);
    return 0;
}
