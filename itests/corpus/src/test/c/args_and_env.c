/* main with argc, argv and envp: prints argc and argv[1..] (run with fixed arguments) and checks envp against getenv. */
// corpus: args alpha beta-gamma 3 --flag=x
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv, char **envp) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d] = '%s' (%zu)\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
    int n = 0, path_matches = 0;
    const char *path = getenv("PATH");
    for (char **e = envp; *e; e++, n++)
        if (strncmp(*e, "PATH=", 5) == 0) path_matches = path != NULL && strcmp(*e + 5, path) == 0;
    printf("envp has entries: %d, its PATH equals getenv(\"PATH\"): %d\n", n > 0, path_matches);
    return argc;
}
