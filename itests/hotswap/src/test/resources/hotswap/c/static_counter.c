/*
 * A counter in a C static variable (GlobalStateRedefinitionTest): the variable is internal to the
 * module, and its value must survive a redefinition that changes only the step. Compile with -DSTEP=N.
 */
#ifndef STEP
#error "compile with -DSTEP=N"
#endif

static long counter;

long next_count(void) {
    counter += STEP;
    return counter;
}
