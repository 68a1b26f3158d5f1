/* Loops, switches, recursion, computed goto and arrays: gives phi-heavy IR at -O2,
   switch and indirectbr terminators, and vector code from the loop vectorizer. */
#include <stdio.h>
#include <stdlib.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int classify(int c) {
    switch (c) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 13;
    case 3: return 17;
    case 7: return 19;
    case 100: return -1;
    default: return c * 3;
    }
}

static int interpret(const unsigned char *code, int n) {
    static void *table[] = { &&op_inc, &&op_dbl, &&op_end };
    int acc = 0, pc = 0;
    goto *table[code[pc]];
op_inc:
    acc++;
    if (++pc >= n) return acc;
    goto *table[code[pc]];
op_dbl:
    acc *= 2;
    if (++pc >= n) return acc;
    goto *table[code[pc]];
op_end:
    return acc;
}

int main(int argc, char **argv) {
    int data[256];
    long sum = 0;
    for (int i = 0; i < 256; i++) data[i] = (i * 7919) % 101 - 50;
    for (int i = 0; i < 256; i++) sum += data[i] * (long)data[255 - i];
    unsigned char prog[] = { 0, 0, 1, 0, 1, 1, 2 };
    int classes = 0;
    for (int c = 0; c < 120; c++) classes += classify(c);
    int *heap = malloc(sizeof(int) * (size_t)(argc + 16));
    for (int i = 0; i < argc + 16; i++) heap[i] = i & 1 ? -i : i;
    int mx = heap[0];
    for (int i = 1; i < argc + 16; i++) if (heap[i] > mx) mx = heap[i];
    free(heap);
    printf("%d %ld %d %d %d %s\n", fib(20), sum, classes, interpret(prog, 7), mx, argc > 0 ? argv[0] : "");
    return (int)(sum & 0x7f);
}
