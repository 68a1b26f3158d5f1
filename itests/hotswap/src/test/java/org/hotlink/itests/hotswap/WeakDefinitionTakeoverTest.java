package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that the symbol table keeps every candidate definition of a name, as a static linker would
 * choose among them: a strong definition beats a weak one, and when the strong one goes away (its
 * module removed, or redefined without it) the weak one takes over again.
 */
class WeakDefinitionTakeoverTest {
    private static final String FALLBACK = Ir.module("""
            define weak i64 @hook() {
              ret i64 1
            }
            """);

    private static final String PLUGIN = Ir.module("""
            define i64 @hook() {
              ret i64 2
            }
            """);

    private static final String CALLER = Ir.module("""
            declare i64 @hook()

            define i64 @call_hook() {
              %r = call i64 @hook()
              ret i64 %r
            }
            """);

    @Test
    void weakDefinitionTakesOverWhenTheStrongOneIsRemoved() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("fallback", FALLBACK);
            engine.add("caller", CALLER);
            assertEquals(1, engine.invokeLong("call_hook"), "only the weak @hook is loaded");
            engine.add("plugin", PLUGIN);
            assertEquals(2, engine.invokeLong("call_hook"), "the strong @hook beats the weak one");

            engine.remove("plugin");
            assertEquals(1, engine.invokeLong("call_hook"), "the weak @hook takes over after the removal");

            engine.add("plugin", PLUGIN);
            assertEquals(2, engine.invokeLong("call_hook"), "the re-added strong @hook wins again");
        }
    }

    @Test
    void weakDefinitionTakesOverWhenTheStrongOneIsRedefinedAway() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("fallback", FALLBACK);
            engine.add("plugin", PLUGIN);
            engine.add("caller", CALLER);
            assertEquals(2, engine.invokeLong("call_hook"), "the strong @hook beats the weak one");

            engine.redefine("plugin", Ir.module("define i64 @unrelated() {\n  ret i64 0\n}\n"));

            assertEquals(1, engine.invokeLong("call_hook"), "the weak @hook takes over when plugin no longer defines it");
        }
    }
}
