/*
 * An exported function calling a static one (InternalFunctionRedefinitionTest). Only the static
 * helper changes between versions: compile with -DHELPER_FACTOR=N.
 */
#ifndef HELPER_FACTOR
#error "compile with -DHELPER_FACTOR=N"
#endif

static long helper(long x) {
    return x * HELPER_FACTOR;
}

long api(long x) {
    return helper(x) + 1;
}
