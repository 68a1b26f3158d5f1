#include <stdio.h>

static double dot(const double *a, const double *b, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

static void matmul(int n, double a[n][n], double b[n][n], double c[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static unsigned pressure(unsigned seed) {
    unsigned a = seed, b = seed * 3, c = seed * 5, d = seed * 7, e = seed * 11, f = seed * 13, g = seed * 17;
    unsigned h = seed * 19, i = seed * 23, j = seed * 29, k = seed * 31, l = seed * 37, m = seed * 41, n = seed * 43;
    unsigned o = seed * 47, p = seed * 53;
    for (int t = 0; t < 100; t++) {
        a += b ^ p; b += c ^ a; c += d ^ b; d += e ^ c; e += f ^ d; f += g ^ e; g += h ^ f; h += i ^ g;
        i += j ^ h; j += k ^ i; k += l ^ j; l += m ^ k; m += n ^ l; n += o ^ m; o += p ^ n; p += a ^ o;
    }
    return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h ^ i ^ j ^ k ^ l ^ m ^ n ^ o ^ p;
}

static double fpressure(double x) {
    double a = x, b = x * 2, c = x * 3, d = x * 4, e = x * 5, f = x * 6, g = x * 7, h = x * 8;
    double i = x * 9, j = x * 10, k = x * 11, l = x * 12, m = x * 13, n = x * 14, o = x * 15, p = x * 16, q = x * 17;
    for (int t = 0; t < 10; t++) {
        a = a * 0.5 + q; b = b * 0.5 + a; c = c * 0.5 + b; d = d * 0.5 + c; e = e * 0.5 + d; f = f * 0.5 + e;
        g = g * 0.5 + f; h = h * 0.5 + g; i = i * 0.5 + h; j = j * 0.5 + i; k = k * 0.5 + j; l = l * 0.5 + k;
        m = m * 0.5 + l; n = n * 0.5 + m; o = o * 0.5 + n; p = p * 0.5 + o; q = q * 0.5 + p;
    }
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q;
}

int main(void) {
    double a[64], b[64];
    for (int i = 0; i < 64; i++) { a[i] = i * 0.5; b[i] = 64 - i; }
    printf("dot %.3f\n", dot(a, b, 64));
    double m1[8][8], m2[8][8], m3[8][8];
    for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) { m1[i][j] = i + j; m2[i][j] = i - j; }
    matmul(8, m1, m2, m3);
    double tr = 0;
    for (int i = 0; i < 8; i++) tr += m3[i][i] + m3[i][7 - i];
    printf("matmul %.1f\n", tr);
    printf("pressure %u %u\n", pressure(1), pressure(12345));
    printf("fpressure %.6f\n", fpressure(1.25));
    long fa = 1, fb = 1;
    for (int i = 0; i < 80; i++) { long t = fa + fb; fa = fb; fb = t; }
    printf("fib %ld\n", fb);
    int x = 10, y = 20;
    for (int i = 0; i < 7; i++) { int t = x; x = y; y = t + i; }
    printf("swap %d %d\n", x, y);
    return 0;
}
