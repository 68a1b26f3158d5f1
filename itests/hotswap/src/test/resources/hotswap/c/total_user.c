/* Uses total_lib.c's global and function, and libc's strtol, which binds when the module is added (CrossModuleCTest). */
#include <stdlib.h>

extern long shared_total;
long add_to_total(long amount);

long add_parsed_seven(void) {
    return add_to_total(strtol("7", NULL, 10));
}

long read_total(void) {
    return shared_total;
}
