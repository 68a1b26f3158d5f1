package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.engine.Engine;
import org.hotlink.engine.EngineOptions;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.memory.MemoryStatistics;
import org.junit.jupiter.api.Test;

/** What memory() reports about code replaced by redefinitions, under each reclamation policy. */
class EngineMemoryTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    private static String version(long value) {
        return HEADER + "define i64 @value() {\n  ret i64 " + value + "\n}\n";
    }

    @Test
    void replacedCodeStaysRetiredUnderPolicyNever() throws Exception {
        try (Engine engine = TestEngines.factory().createEngine(
                EngineOptions.defaults().withReclamation(ReclamationPolicy.NEVER))) {
            engine.add("lib", version(1));
            assertEquals(0, engine.memory().retired(), "nothing retired before a redefinition");
            engine.redefine("lib", version(2));
            engine.redefine("lib", version(3));
            MemoryStatistics memory = engine.memory();
            assertTrue(memory.retired() > 0, "two old versions' code is retired: " + memory);
            assertEquals(0, memory.freed(), "nothing is freed under NEVER: " + memory);
            assertEquals(3L, engine.invokeLong("value"), "version 3 runs");
        }
    }

    @Test
    void replacedCodeIsFreedAfterAGracePeriod() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", version(1));
            engine.invokeLong("value");
            engine.redefine("lib", version(2));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (engine.memory().freed() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            MemoryStatistics memory = engine.memory();
            assertTrue(memory.freed() > 0, "version 1's code is freed once no thread can run it: " + memory);
            assertEquals(0, memory.retired(), "nothing waits any more: " + memory);
            assertEquals(2L, engine.invokeLong("value"), "version 2 runs");
        }
    }
}
