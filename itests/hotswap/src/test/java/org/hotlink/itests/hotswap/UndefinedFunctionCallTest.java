package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test that calling an undefined function (never defined, or defined by a removed module; from Java
 * or from a spawned native thread) prints {@code hotlink: call to undefined function @NAME} and
 * aborts the process with SIGABRT (status
 * 134 = 128 + 6). Runs {@link UndefinedCallScenario} in a child JVM, since the abort ends it.
 */
class UndefinedFunctionCallTest {
    private static final int SIGABRT_STATUS = 128 + 6;
    private static final long CHILD_TIMEOUT_SECONDS = 60;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"never-defined", "removed", "spawned"})
    void callingAnUndefinedFunctionPrintsItsNameAndAborts(String scenario) throws Exception {
        ChildJvm.Outcome outcome = ChildJvm.run(UndefinedCallScenario.class, CHILD_TIMEOUT_SECONDS, scenario);

        assertTrue(outcome.stderr().contains(UndefinedCallScenario.MARKER),
                "the child got as far as the call:\n" + outcome.describe());
        assertTrue(outcome.stderr().contains("hotlink: call to undefined function @missing_function\n"),
                "the handler names the function on stderr:\n" + outcome.describe());
        assertEquals(SIGABRT_STATUS, outcome.status(), "the child ends by SIGABRT (134):\n" + outcome.describe());
    }
}
