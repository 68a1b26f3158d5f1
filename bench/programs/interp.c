/* interp.c: a small stack-machine bytecode interpreter running a loop-heavy program (switch
 * dispatch with a jump table, an array-based stack, indirect data flow). Scale: outer iterations. */
#include "bench_timer.h"

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JZ, JMP, DUP, POP, XOR, SHR, HALT };

typedef struct {
    int op;
    long arg;
} insn;

/* vars: 0 = i, 1 = acc, 2 = n
 * while (i < n) { acc = (acc * 31 + i) % 1000003 ^ (acc >> 3); i = i + 1; } */
static const insn program[] = {
    /* 0 */ {LOAD, 0}, {LOAD, 2}, {LT, 0}, {JZ, 21},
    /* 4 */ {LOAD, 1}, {PUSH, 31}, {MUL, 0}, {LOAD, 0}, {ADD, 0}, {PUSH, 1000003}, {MOD, 0},
    /* 11 */ {LOAD, 1}, {PUSH, 3}, {SHR, 0}, {XOR, 0}, {STORE, 1},
    /* 16 */ {LOAD, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 0}, {JMP, 0},
    /* 21 */ {HALT, 0},
};

static long run(const insn *code, long *vars) {
    long stack[64];
    int sp = 0;
    int pc = 0;
    for (;;) {
        const insn *in = &code[pc++];
        switch (in->op) {
        case PUSH: stack[sp++] = in->arg; break;
        case LOAD: stack[sp++] = vars[in->arg]; break;
        case STORE: vars[in->arg] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case JZ: if (stack[--sp] == 0) pc = (int)in->arg; break;
        case JMP: pc = (int)in->arg; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case POP: sp--; break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case SHR: sp--; stack[sp - 1] >>= stack[sp]; break;
        case HALT: return vars[1];
        default: return -1;
        }
    }
}

int main(int argc, char **argv) {
    long iterations = bench_scale(argc, argv, 12);
    long total = 0;
    bench_timer t;
    bench_start(&t);
    for (long r = 0; r < iterations; r++) {
        long vars[3] = {0, r, 1000000};
        total += run(program, vars);
    }
    bench_stop(&t);
    printf("total %ld\n", total);
    return 0;
}
