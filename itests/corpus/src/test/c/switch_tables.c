/* Switch statements: dense cases (jump tables), sparse cases, fallthrough, and switches on small types. */
#include <stdio.h>

static int dense(int x) {
    switch (x) {
    case 0: return 11; case 1: return 23; case 2: return 37; case 3: return 41; case 4: return 59;
    case 5: return 61; case 6: return 79; case 7: return 83; case 8: return 97; case 9: return 101;
    default: return -1;
    }
}

static const char *sparse(long x) {
    switch (x) {
    case -1000000: return "minus million";
    case 7: return "seven";
    case 4096: return "page";
    case 65537: return "prime";
    case 1L << 40: return "tera";
    default: return "other";
    }
}

static int fallthrough(int x) {
    int acc = 0;
    switch (x) {
    case 4: acc += 1000; /* fall through */
    case 3: acc += 100;  /* fall through */
    case 2: acc += 10;   /* fall through */
    case 1: acc += 1; break;
    case 9: acc = -9; break;
    default: acc = 42;
    }
    return acc;
}

static int on_char(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case ' ': return 2;
    default: return 0;
    }
}

int main(void) {
    int total = 0;
    for (int i = -2; i < 12; i++) { total += dense(i); printf("%d ", dense(i)); }
    printf("\n");
    long probes[] = { -1000000, 7, 8, 4096, 65537, 1L << 40, 0 };
    for (int i = 0; i < 7; i++) printf("%ld:%s ", probes[i], sparse(probes[i]));
    printf("\n");
    for (int i = 0; i <= 10; i++) printf("%d ", fallthrough(i));
    printf("\n");
    const char *text = "the quick brown fox jumps over the lazy dog";
    int vowels = 0, spaces = 0;
    for (const char *p = text; *p; p++) { int k = on_char(*p); vowels += k == 1; spaces += k == 2; }
    printf("vowels %d spaces %d total %d\n", vowels, spaces, total);
    return vowels;
}
