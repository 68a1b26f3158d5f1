/* Strings: literals with escapes, libc string functions, character classification, building strings. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *s = "Hello,\tWorld!\n\"quoted\" \\ back\x01\xff";
    char buf[64];
    strcpy(buf, "abc");
    strcat(buf, "def");
    char *dup = strdup(buf);
    int upper = 0;
    for (const char *p = s; *p; p++) if (isupper((unsigned char)*p)) upper++;
    sprintf(buf + strlen(buf), "-%d", upper);
    printf("%s %zu %d %s\n", buf, strlen(s), strcmp(dup, "abcdef"), strchr(s, 'W'));
    puts("unicode: \u00e9\u4e2d");
    free(dup);
    return 0;
}
