/* Sends itself SIGTERM: a native process ends with status 128 + 15. */
#include <signal.h>
#include <stdio.h>
int main(void) {
    printf("before raise\n");
    fflush(stdout);
    raise(SIGTERM);
    printf("after raise\n");
    return 0;
}
