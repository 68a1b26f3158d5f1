/* Prints every mapped file of this process whose name contains LLVM or clang (any case), then a verdict. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
static int contains_ci(const char *s, const char *needle) {
    size_t n = strlen(needle);
    for (; *s; s++) {
        size_t i = 0;
        while (i < n && s[i] && tolower((unsigned char)s[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return 1;
    }
    return 0;
}
int main(void) {
    FILE *maps = fopen("/proc/self/maps", "r");
    if (!maps) {
        printf("cannot open /proc/self/maps\n");
        return 1;
    }
    char line[4096];
    int hits = 0, lines = 0, libc = 0;
    while (fgets(line, sizeof line, maps)) {
        lines++;
        if (strstr(line, "libc.so") || strstr(line, "libc-"))
            libc = 1;
        if (contains_ci(line, "llvm") || contains_ci(line, "clang")) {
            printf("LLVM mapping: %s", line);
            hits++;
        }
    }
    fclose(maps);
    printf("mappings read: %s, libc mapped: %s, LLVM or clang mappings: %d\n",
           lines > 0 ? "yes" : "no", libc ? "yes" : "no", hits);
    return hits;
}
