/* Returning from main with a pending unterminated line: the buffer is flushed on normal return too. */
#include <stdio.h>

int main(void) {
    for (int i = 0; i < 5; i++) printf("%d,", i);
    return 0;
}
