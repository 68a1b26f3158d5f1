package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleInfo;
import org.hotlink.engine.SymbolInfo;
import org.junit.jupiter.api.Test;

/**
 * Test what happens to globals across a redefinition: a variable of the same type keeps its storage
 * and value, a {@code constant} takes its new value, a new global is initialized.
 */
class GlobalStateRedefinitionTest {
    private static final String COUNTER_V1 = Ir.module("""
            @counter = global i64 0
            @factor = constant i64 3

            define i64 @tick() {
              %c = load i64, ptr @counter
              %n = add i64 %c, 1
              store i64 %n, ptr @counter
              ret i64 %n
            }

            define i64 @factor_value() {
              %f = load i64, ptr @factor
              ret i64 %f
            }
            """);

    /** Counts by 100 now; {@code @counter}'s initializer is the same, its value must not be reset to it. */
    private static final String COUNTER_V2 = Ir.module("""
            @counter = global i64 0
            @factor = constant i64 5
            @fresh = global i64 77

            define i64 @tick() {
              %c = load i64, ptr @counter
              %n = add i64 %c, 100
              store i64 %n, ptr @counter
              ret i64 %n
            }

            define i64 @factor_value() {
              %f = load i64, ptr @factor
              ret i64 %f
            }

            define i64 @fresh_value() {
              %f = load i64, ptr @fresh
              ret i64 %f
            }
            """);

    @Test
    void counterKeepsCountingAcrossRedefinition() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("counter", COUNTER_V1);
            for (int i = 1; i <= 3; i++) {
                assertEquals(i, engine.invokeLong("tick"), "tick " + i + " of version 1");
            }
            long counterAddress = engine.lookup("counter").orElseThrow();

            engine.redefine("counter", COUNTER_V2);

            assertEquals(counterAddress, engine.lookup("counter").orElseThrow(), "@counter keeps its storage");
            assertEquals(103, engine.invokeLong("tick"), "version 2 adds 100 to the 3 counted by version 1");
            assertEquals(203, engine.invokeLong("tick"), "and keeps counting");
        }
    }

    @Test
    void constantTakesItsNewValueAndNewGlobalIsInitialized() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("counter", COUNTER_V1);
            assertEquals(3, engine.invokeLong("factor_value"), "constant @factor of version 1");
            assertTrue(engine.lookup("fresh").isEmpty(), "@fresh does not exist in version 1");

            engine.redefine("counter", COUNTER_V2);

            assertEquals(5, engine.invokeLong("factor_value"), "constant @factor takes version 2's value");
            assertEquals(77, engine.invokeLong("fresh_value"), "new global @fresh has its initializer");
            ModuleInfo info = engine.modules().stream().filter(m -> m.name().equals("counter")).findFirst().orElseThrow();
            assertEquals(2, info.version(), "version 2 after one redefinition");
            assertEquals(List.of("counter", "factor", "fresh"), info.globals(), "globals of version 2 in source order");
            assertEquals(List.of("tick", "factor_value", "fresh_value"), info.functions(), "functions of version 2");
            SymbolInfo tick = engine.symbols().stream().filter(sym -> sym.name().equals("tick")).findFirst().orElseThrow();
            assertEquals(new SymbolInfo("tick", true, "counter", 2, engine.lookup("tick").orElseThrow()), tick,
                    "symbols() shows @tick defined by version 2 of counter, at its stub");
        }
    }

    @Test
    void staticVariableOfCKeepsItsValue() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("static_counter", ClangIr.compile("static_counter", "STEP=1"));
            engine.invokeLong("next_count");
            assertEquals(2, engine.invokeLong("next_count"), "two steps of 1");

            engine.redefine("static_counter", ClangIr.compile("static_counter", "STEP=10"));

            assertEquals(12, engine.invokeLong("next_count"), "the internal counter keeps its 2 and adds 10");
        }
    }
}
