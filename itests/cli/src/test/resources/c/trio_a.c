/* Extra module: mutual recursion with trio_b.c, counting calls in trio_value (defined in trio_b.c). */
extern int trio_value;
int trio_b(int n);
int trio_a(int n) {
    trio_value += 1;
    return n <= 0 ? 1 : 2 * trio_b(n - 1);
}
