package org.hotlink.itests.corpus;

/**
 * The result of preparing one (program, level): either the built program or why it could not be built.
 * A failed build becomes a failing test of its own rather than stopping the whole run.
 */
record BuildOutcome(String testName, OptLevel level, BuiltProgram built, Exception error) {

    /** Returns the built program, or throws an {@link AssertionError} carrying the build error. */
    BuiltProgram orFail() {
        if (error != null) {
            throw new AssertionError("expected " + testName + " to build with clang-19 and run natively, but: "
                    + error.getMessage(), error);
        }
        return built;
    }
}
