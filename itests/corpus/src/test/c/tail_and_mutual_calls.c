/* Tail calls and indirect tail calls: gcd, a state machine of mutually recursive functions, accumulator recursion. */
#include <stdio.h>

static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
static long sum_to(long n, long acc) { return n == 0 ? acc : sum_to(n - 1, acc + n); }

typedef int (*state)(const char *, int);
static int in_word(const char *s, int words);
static int in_space(const char *s, int words) {
    if (!*s) return words;
    return *s == ' ' ? in_space(s + 1, words) : in_word(s + 1, words + 1);
}
static int in_word(const char *s, int words) {
    if (!*s) return words;
    state next = *s == ' ' ? in_space : in_word;
    return next(s + 1, words);
}

int main(void) {
    printf("gcd %ld %ld\n", gcd(1071, 462), gcd(832040, 514229));
    printf("sum_to(50000) = %ld\n", sum_to(50000, 0));
    const char *text = "  count   the words in this   sentence ";
    int words = in_space(text, 0);
    printf("words %d\n", words);
    return words;
}
