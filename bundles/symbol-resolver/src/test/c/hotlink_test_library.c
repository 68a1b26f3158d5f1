/* A tiny shared library for the symbol resolver's tests; built at test time with cc -shared. */
int hotlink_test_value = 7;

int hotlink_test_answer(void) {
    return 42;
}

/* Shadows libm's labs: a library loaded into a scope comes before the process. */
long labs(long x) {
    (void) x;
    return 12345;
}
