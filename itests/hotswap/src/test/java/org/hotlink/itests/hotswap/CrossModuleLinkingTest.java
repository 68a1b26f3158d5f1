package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that modules call each other and share a global in either load order, without resolveAll:
 * references bind late, when the defining module arrives.
 */
class CrossModuleLinkingTest {
    /**
     * Refers to {@code @limit} and {@code @twice} of the other module. {@code @limit} is not
     * dso_local, so the code reaches it through a GOT slot, filled when a module defines it.
     */
    private static final String CALLER = Ir.module("""
            @limit = external global i64
            declare i64 @twice(i64)

            define i64 @twice_limit() {
              %l = load i64, ptr @limit
              %r = call i64 @twice(i64 %l)
              ret i64 %r
            }

            define void @set_limit(i64 %v) {
              store i64 %v, ptr @limit
              ret void
            }
            """);

    private static final String CALLEE = Ir.module("""
            @limit = global i64 21

            define i64 @twice(i64 %x) {
              %r = shl i64 %x, 1
              ret i64 %r
            }

            define i64 @get_limit() {
              %l = load i64, ptr @limit
              ret i64 %l
            }
            """);

    @Test
    void callerAddedBeforeCalleeReachesItsFunctionAndGlobal() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("caller", CALLER);
            assertTrue(engine.lookup("limit").isEmpty(), "@limit is undefined until the callee arrives");
            engine.add("callee", CALLEE);
            assertSharedGlobalAndCalls(engine);
        }
    }

    @Test
    void calleeAddedBeforeCallerIsReachedAsWell() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("callee", CALLEE);
            engine.add("caller", CALLER);
            assertSharedGlobalAndCalls(engine);
        }
    }

    private static void assertSharedGlobalAndCalls(Engine engine) throws Exception {
        assertEquals(42, engine.invokeLong("twice_limit"), "twice(@limit) with the callee's initial @limit = 21");
        engine.invokeVoid("set_limit", 5);
        assertEquals(5, engine.invokeLong("get_limit"), "the callee reads what the caller stored: one storage for @limit");
        assertEquals(10, engine.invokeLong("twice_limit"), "twice(5) after the store");
    }

    /** Holds the address of a global no module defines yet: the data word is patched when one does. */
    private static final String POINTER_HOLDER = Ir.module("""
            @later_data = external global i64
            @pointer_to_later = global ptr @later_data

            define i64 @read_through_pointer() {
              %p = load ptr, ptr @pointer_to_later
              %v = load i64, ptr %p
              ret i64 %v
            }
            """);

    private static String laterData(long value) {
        return Ir.module("@later_data = global i64 %d\n".formatted(value));
    }

    @Test
    void dataPointerToAGlobalDefinedLaterIsPatchedWhenItArrives() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("holder", POINTER_HOLDER);
            engine.add("later", laterData(99));
            assertEquals(99, engine.invokeLong("read_through_pointer"),
                    "@pointer_to_later, initialized before @later_data existed, points at it");
        }
    }

    @Test
    void dataPointerFollowsTheGlobalWhenItsModuleIsRemovedAndAddedAgain() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("holder", POINTER_HOLDER);
            engine.add("later", laterData(99));
            engine.remove("later");
            engine.add("later", laterData(123));
            assertEquals(123, engine.invokeLong("read_through_pointer"),
                    "@pointer_to_later points at the re-added module's @later_data");
        }
    }
}
