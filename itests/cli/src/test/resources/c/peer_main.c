/* Main module of a two-module program: calls into peer_lib.c, which calls back and shares two globals. */
#include <stdio.h>
extern int shared_total;           /* defined in peer_lib.c */
int main_counter = 100;            /* defined here, updated by peer_lib.c */
int peer_accumulate(int x);        /* defined in peer_lib.c */
int main_callback(int x) { return x * 3; }
int main(void) {
    shared_total = 5;
    int r = peer_accumulate(7);
    printf("r=%d shared_total=%d main_counter=%d\n", r, shared_total, main_counter);
    return r & 0x7f;
}
