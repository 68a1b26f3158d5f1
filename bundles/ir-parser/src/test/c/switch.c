/* Switch statements: dense (jump table), sparse, fall-through, on chars. */
#include <stdio.h>

static const char *day(int d) {
    switch (d) {
    case 0: return "sun"; case 1: return "mon"; case 2: return "tue"; case 3: return "wed";
    case 4: return "thu"; case 5: return "fri"; case 6: return "sat";
    default: return "???";
    }
}

static int sparse(long v) {
    switch (v) {
    case -5: return 1;
    case 100: return 2;
    case 100000: return 3;
    case 1L << 40: return 4;
    default: return 0;
    }
}

static int fall(char c) {
    int n = 0;
    switch (c) {
    case 'a': n++;
    case 'b': n++;
    case 'c': n++; break;
    default: n = -1;
    }
    return n;
}

int main(int argc, char **argv) {
    int total = 0;
    for (int i = -1; i < 8; i++) printf("%s ", day(i));
    total += sparse(-5) + sparse(100) + sparse(100000) + sparse(1L << 40) + sparse(7);
    total += fall('a') + fall('b') + fall('c') + fall('d');
    printf("\n%d %d\n", total, argc);
    return total & 0x7f;
}
