/* String hashing: FNV-1a, djb2, Murmur-style finalizer and a polynomial rolling hash for substring search. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t fnv1a(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (uint8_t)*s++; h *= 16777619u; } return h; }
static uint64_t djb2(const char *s) { uint64_t h = 5381; while (*s) h = (h << 5) + h + (uint8_t)*s++; return h; }
static uint64_t fmix64(uint64_t k) {
    k ^= k >> 33; k *= 0xff51afd7ed558ccdull; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ull; k ^= k >> 33; return k;
}

static int rabin_karp(const char *text, const char *pat) {
    const uint64_t B = 257, M = 1000000007;
    size_t n = strlen(text), m = strlen(pat);
    if (m > n) return -1;
    uint64_t hp = 0, ht = 0, pow = 1;
    for (size_t i = 0; i < m; i++) { hp = (hp * B + (uint8_t)pat[i]) % M; ht = (ht * B + (uint8_t)text[i]) % M; if (i) pow = pow * B % M; }
    for (size_t i = 0;; i++) {
        if (hp == ht && !memcmp(text + i, pat, m)) return (int)i;
        if (i + m >= n) return -1;
        ht = (ht + M - (uint8_t)text[i] * pow % M) % M;
        ht = (ht * B + (uint8_t)text[i + m]) % M;
    }
}

int main(void) {
    const char *words[] = { "", "a", "hotlink", "just-in-time", "The quick brown fox jumps over the lazy dog" };
    for (int i = 0; i < 5; i++)
        printf("%-44s fnv %08x djb2 %016llx mix %016llx\n", words[i], fnv1a(words[i]), (unsigned long long)djb2(words[i]),
               (unsigned long long)fmix64(djb2(words[i])));
    const char *text = "abracadabra-cadabra-abracadabra-hocus-pocus";
    printf("find cadabra %d, pocus %d, xyz %d\n", rabin_karp(text, "cadabra"), rabin_karp(text, "pocus"), rabin_karp(text, "xyz"));
    return rabin_karp(text, "hocus");
}
