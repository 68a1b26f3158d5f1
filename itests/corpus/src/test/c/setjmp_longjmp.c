/* setjmp/longjmp: non-local exits from nested calls, volatile locals surviving the jump, repeated jumps. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth) {
    depth_reached = depth;
    if (depth == 25) longjmp(env, depth * 2);
    dive(depth + 1);
    printf("never printed\n");
}

static jmp_buf retry_env;
static int attempts;

static int fragile(int x) {
    if (++attempts < 4) longjmp(retry_env, attempts);
    return x * 10;
}

int main(void) {
    volatile int survivor = 1;
    int code = setjmp(env);
    if (code == 0) {
        survivor = 2;
        dive(0);
    }
    printf("longjmp returned %d from depth %d, survivor %d\n", code, depth_reached, survivor);
    volatile int rounds = 0;
    int r = setjmp(retry_env);
    rounds++;
    printf("setjmp round %d returned %d\n", rounds, r);
    int value = fragile(7);
    printf("value %d after %d attempts and %d rounds\n", value, attempts, rounds);
    jmp_buf zero;
    if (setjmp(zero) == 0) longjmp(zero, 0); /* longjmp with 0 makes setjmp return 1 */
    else printf("longjmp(0) gives 1\n");
    return code + rounds;
}
