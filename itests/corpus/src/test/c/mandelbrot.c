/* Mandelbrot set rendered in ASCII with double arithmetic. */
#include <stdio.h>

int main(void) {
    const char *shades = " .:-=+*#%@";
    long total = 0;
    for (int y = 0; y < 24; y++) {
        for (int x = 0; x < 64; x++) {
            double cr = -2.2 + x * (3.2 / 64), ci = -1.2 + y * (2.4 / 24), zr = 0, zi = 0;
            int it = 0;
            while (it < 200 && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; it++; }
            total += it;
            putchar(shades[it >= 200 ? 9 : it % 9]);
        }
        putchar('\n');
    }
    printf("iterations %ld\n", total);
    return (int)(total % 256);
}
