/* Writes to stderr (not compared, must not crash) interleaved with stdout, plus fwrite and fflush. */
#include <stdio.h>

int main(void) {
    fputs("this goes to stderr\n", stderr);
    printf("stdout line 1\n");
    fprintf(stderr, "stderr number %d\n", 42);
    fflush(stdout);
    const char data[] = "fwrite bytes\n";
    size_t n = fwrite(data, 1, sizeof data - 1, stdout);
    fwrite("abc", 3, 1, stderr);
    putc('\n', stderr);
    printf("fwrite returned %zu\n", n);
    return (int)n;
}
