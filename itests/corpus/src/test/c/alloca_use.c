/* alloca(): dynamic stack allocation that lives until the function returns. */
#include <stdio.h>
#include <string.h>
#include <alloca.h>

static int join_words(const char **words, int n) {
    size_t len = 1;
    for (int i = 0; i < n; i++) len += strlen(words[i]) + 1;
    char *buf = alloca(len);
    buf[0] = '\0';
    for (int i = 0; i < n; i++) { strcat(buf, words[i]); if (i + 1 < n) strcat(buf, "-"); }
    printf("joined '%s'\n", buf);
    return (int)strlen(buf);
}

static long many_allocas(int count) {
    long sum = 0;
    for (int i = 1; i <= count; i++) {
        int *block = alloca(sizeof(int) * (size_t)i);
        for (int j = 0; j < i; j++) block[j] = j;
        sum += block[i - 1];
    }
    return sum;
}

int main(void) {
    const char *words[] = { "stack", "grows", "down" };
    int len = join_words(words, 3);
    printf("many_allocas %ld\n", many_allocas(50));
    return len;
}
