/* main with three parameters: prints argc and every envp entry, in order. */
#include <stdio.h>
int main(int argc, char **argv, char **envp) {
    int n = 0;
    printf("argc=%d\n", argc);
    for (char **e = envp; *e != NULL; e++, n++)
        printf("env[%d]=%s\n", n, *e);
    printf("count=%d\n", n);
    return 0;
}
