package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that two engines side by side keep separate symbol tables: the same names give each engine's
 * own results, and redefining or removing in one leaves the other alone.
 */
class IndependentEnginesTest {
    private static String answer(long value) {
        return Ir.module("""
                define i64 @answer() {
                  ret i64 %d
                }
                """.formatted(value));
    }

    private static final String ASKER = Ir.module("""
            declare i64 @answer()

            define i64 @ask() {
              %r = call i64 @answer()
              ret i64 %r
            }
            """);

    @Test
    void sameSymbolNamesGiveEachEnginesOwnResults() throws Exception {
        try (Engine first = Engines.create(); Engine second = Engines.create()) {
            first.add("asker", ASKER);
            second.add("asker", ASKER);
            first.add("answer", answer(1));
            second.add("answer", answer(2));

            assertEquals(1, first.invokeLong("ask"), "the first engine's @ask reaches its own @answer");
            assertEquals(2, second.invokeLong("ask"), "the second engine's @ask reaches its own @answer");
            assertNotEquals(first.lookup("answer").orElseThrow(), second.lookup("answer").orElseThrow(),
                    "each engine has its own stub for @answer");

            first.redefine("answer", answer(10));
            assertEquals(10, first.invokeLong("ask"), "the first engine runs its redefinition");
            assertEquals(2, second.invokeLong("ask"), "the second engine is unaffected by the first's redefinition");

            second.remove("answer");
            assertEquals(10, first.invokeLong("ask"), "the first engine is unaffected by the second's removal");
        }
    }
}
