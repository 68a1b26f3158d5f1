/* strings.c: text processing on a generated corpus: tokenizing, case folding, word hashing into
 * a chained table, reversing words and substring search (byte loads, small loops, branches).
 * Scale: passes over the text. */
#include <string.h>
#include "bench_timer.h"

#define TEXT_SIZE (1 << 20)
#define BUCKETS 4096

static char text[TEXT_SIZE + 1];
static char folded[TEXT_SIZE + 1];
static unsigned bucket_count[BUCKETS];

static const char *const words[] = {"the", "Quick", "brown", "FOX", "jumps", "over", "lazy", "dogs",
                                    "and", "Hotlink", "compiles", "LLVM", "ir", "to", "machine", "code"};

static void generate(void) {
    unsigned seed = 12345;
    size_t pos = 0;
    while (pos < TEXT_SIZE - 16) {
        seed = seed * 1103515245u + 12345u;
        const char *w = words[(seed >> 16) & 15];
        size_t n = strlen(w);
        memcpy(text + pos, w, n);
        pos += n;
        text[pos++] = ((seed >> 8) & 7) == 0 ? '.' : ' ';
    }
    text[pos] = 0;
}

static int is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static unsigned long pass(int round) {
    unsigned long result = 0;
    size_t i = 0;
    /* fold case and reverse every word in place */
    while (text[i]) {
        while (text[i] && !is_alpha(text[i])) {
            folded[i] = text[i];
            i++;
        }
        size_t start = i;
        unsigned h = 5381;
        while (is_alpha(text[i])) {
            char c = lower(text[i]);
            h = h * 33 + (unsigned char)c;
            folded[i] = c;
            i++;
        }
        if (i > start) {
            for (size_t a = start, b = i - 1; a < b; a++, b--) {
                char tmp = folded[a];
                folded[a] = folded[b];
                folded[b] = tmp;
            }
            bucket_count[(h + (unsigned)round) & (BUCKETS - 1)]++;
            result += i - start;
        }
    }
    folded[i] = 0;
    /* naive substring search for a reversed word */
    const char *needle = "knilton";
    size_t m = strlen(needle);
    for (size_t p = 0; p + m <= i; p++) {
        size_t k = 0;
        while (k < m && folded[p + k] == needle[k]) k++;
        if (k == m) result += p & 0xff;
    }
    return result;
}

int main(int argc, char **argv) {
    long passes = bench_scale(argc, argv, 100);
    generate();
    unsigned long total = 0;
    bench_timer t;
    bench_start(&t);
    for (long r = 0; r < passes; r++) {
        total += pass((int)r);
    }
    bench_stop(&t);
    unsigned long buckets = 0;
    for (int b = 0; b < BUCKETS; b++) buckets = buckets * 31 + bucket_count[b];
    printf("total %lu buckets %lu head %.24s\n", total, buckets, folded);
    return 0;
}
