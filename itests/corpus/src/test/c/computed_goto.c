/* Computed goto: &&label, goto *p, and a static table of label addresses driving a tiny bytecode loop. */
#include <stdio.h>

enum { PUSH, ADD, MUL, DUP, SWAP, JNZ, DEC, PRINT, HALT };

static long run(const int *code) {
    static void *const dispatch[] = { &&op_push, &&op_add, &&op_mul, &&op_dup, &&op_swap, &&op_jnz, &&op_dec,
                                      &&op_print, &&op_halt };
    long stack[32];
    int sp = 0, pc = 0;
#define NEXT goto *dispatch[code[pc++]]
    NEXT;
op_push: stack[sp++] = code[pc++]; NEXT;
op_add: sp--; stack[sp - 1] += stack[sp]; NEXT;
op_mul: sp--; stack[sp - 1] *= stack[sp]; NEXT;
op_dup: stack[sp] = stack[sp - 1]; sp++; NEXT;
op_swap: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } NEXT;
op_jnz: { int target = code[pc++]; if (stack[sp - 1] != 0) pc = target; } NEXT;
op_dec: stack[sp - 1]--; NEXT;
op_print: printf("top = %ld\n", stack[sp - 1]); NEXT;
op_halt: return stack[sp - 1];
#undef NEXT
}

static int classify(int x) {
    void *target = x < 0 ? &&negative : x == 0 ? &&zero : &&positive;
    goto *target;
negative: return -1;
zero: return 0;
positive: return 1;
}

int main(void) {
    const int program[] = { PUSH, 6, PUSH, 7, MUL, DUP, PUSH, 3, ADD, SWAP, PRINT, ADD, PRINT, HALT };
    long r = run(program);
    const int countdown[] = { PUSH, 5, /* 2 */ PRINT, DEC, JNZ, 2, PUSH, 7, MUL, PRINT, HALT };
    long c = run(countdown);
    printf("results %ld %ld classify %d %d %d\n", r, c, classify(-5), classify(0), classify(9));
    return (int)(r + c);
}
