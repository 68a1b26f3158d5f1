/* Extra module: the other half of trio_a.c's mutual recursion; defines trio_value. */
int trio_value = 1000;
int trio_a(int n);
int trio_b(int n) {
    trio_value += 10;
    return n <= 0 ? 2 : trio_a(n - 1) + 1;
}
