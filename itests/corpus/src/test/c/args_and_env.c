/* main with argc, argv and envp: prints argc and argv[1..] (run with fixed arguments) and checks envp against environ. */
// corpus: args alpha beta-gamma 3 --flag=x
#include <stdio.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv, char **envp) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d] = '%s' (%zu)\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    int n = 0, same = 1;
    for (char **e = envp; *e; e++, n++) same &= environ[n] != NULL && strcmp(*e, environ[n]) == 0;
    printf("envp matches environ: %d, has entries: %d\n", same, n > 0);
    return argc;
}
