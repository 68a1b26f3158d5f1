/* String functions from libc: strlen, strcpy, strcmp, strcat, strdup, strchr, strstr, strtok, toupper, atoi, strtol. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

int main(void) {
    char buf[64];
    strcpy(buf, "hello");
    strcat(buf, ", ");
    strcat(buf, "world");
    printf("%s (%zu)\n", buf, strlen(buf));
    printf("strcmp %d %d %d\n", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("strncmp %d\n", strncmp("prefix-one", "prefix-two", 7));
    char *copy = strdup(buf);
    for (char *p = copy; *p; p++) *p = (char)toupper((unsigned char)*p);
    printf("upper %s\n", copy);
    printf("strchr %s strrchr %s strstr %s\n", strchr(buf, 'o'), strrchr(buf, 'o'), strstr(buf, "wor"));
    char csv[] = "10,20,,30,forty";
    int sum = 0, fields = 0;
    for (char *tok = strtok(csv, ","); tok; tok = strtok(NULL, ",")) { sum += atoi(tok); fields++; }
    printf("fields %d sum %d\n", fields, sum);
    char *end;
    long v = strtol("  -0x1fZZ", &end, 16);
    printf("strtol %ld rest '%s' base10 %ld\n", v, end, strtol("12345", NULL, 10));
    printf("strspn %zu strcspn %zu\n", strspn("aaabbc", "ab"), strcspn("hello world", " "));
    free(copy);
    return (int)strlen(buf);
}
