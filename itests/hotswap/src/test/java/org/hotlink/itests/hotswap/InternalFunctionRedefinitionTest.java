package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that an unchanged function calling a changed internal (static) function of its own module
 * runs the new internal function after a redefinition: local functions are matched by name and
 * keep their stub like global ones.
 */
class InternalFunctionRedefinitionTest {
    @Test
    void unchangedCallerSeesTheNewStaticHelperOfTheSameModule() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("static_helper", ClangIr.compile("static_helper", "HELPER_FACTOR=2"));
            assertEquals(21, engine.invokeLong("api", 10), "api(10) = helper(10) + 1 with helper = x * 2");

            engine.redefine("static_helper", ClangIr.compile("static_helper", "HELPER_FACTOR=3"));
            assertEquals(31, engine.invokeLong("api", 10), "api(10) = helper(10) + 1 with the new helper = x * 3");
        }
    }

    @Test
    void handWrittenInternalFunctionChangesUnderAnUnchangedCaller() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("m", internalAnswer(7));
            assertEquals(7, engine.invokeLong("public_answer"), "first version of the internal function");
            engine.redefine("m", internalAnswer(8));
            assertEquals(8, engine.invokeLong("public_answer"), "the unchanged caller reaches the new internal function");
            assertEquals(2, engine.modules().stream().filter(m -> m.name().equals("m")).findFirst().orElseThrow().version(),
                    "module m is at version 2 after one redefinition");
        }
    }

    private static String internalAnswer(long value) {
        return Ir.module("""
                define internal i64 @answer() {
                  ret i64 %d
                }

                define i64 @public_answer() {
                  %%r = call i64 @answer()
                  ret i64 %%r
                }
                """.formatted(value));
    }
}
