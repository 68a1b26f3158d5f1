/* N-queens by backtracking with bit masks, for N = 1..10. */
#include <stdio.h>

static int solve(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
    if (row == n) return 1;
    int count = 0;
    unsigned free_cells = ~(cols | d1 | d2) & ((1u << n) - 1);
    while (free_cells) {
        unsigned bit = free_cells & -free_cells;
        free_cells ^= bit;
        count += solve(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return count;
}

int main(void) {
    int total = 0;
    for (int n = 1; n <= 10; n++) { int s = solve(n, 0, 0, 0, 0); total += s; printf("%d-queens: %d\n", n, s); }
    printf("total %d\n", total);
    return solve(8, 0, 0, 0, 0) % 256;
}
