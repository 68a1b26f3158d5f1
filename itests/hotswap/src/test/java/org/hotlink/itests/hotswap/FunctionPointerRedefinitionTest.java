package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that pointers to a function taken before its redefinition lead to the new code: every
 * address of a function is its entry stub, and the stub survives the redefinition.
 */
class FunctionPointerRedefinitionTest {
    /** Holds function pointers and calls through them; never redefined. */
    private static final String REGISTRY = Ir.module("""
            @registered = global ptr null
            @initialized = global ptr @answer
            declare i64 @answer()

            define i64 @call_registered() {
              %f = load ptr, ptr @registered
              %r = call i64 %f()
              ret i64 %r
            }

            define i64 @call_initialized() {
              %f = load ptr, ptr @initialized
              %r = call i64 %f()
              ret i64 %r
            }
            """);

    /** {@code @answer} returns {@code value}; {@code @register} stores its address at run time, here and in the registry. */
    private static String plugin(long value) {
        return Ir.module("""
                @own_pointer = global ptr null
                @registered = external global ptr

                define i64 @answer() {
                  ret i64 %d
                }

                define void @register() {
                  store ptr @answer, ptr @own_pointer
                  store ptr @answer, ptr @registered
                  ret void
                }

                define i64 @call_own_pointer() {
                  %%f = load ptr, ptr @own_pointer
                  %%r = call i64 %%f()
                  ret i64 %%r
                }
                """.formatted(value));
    }

    @Test
    void pointersStoredByCompiledCodeAndInitializersReachTheNewCode() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("registry", REGISTRY);
            engine.add("plugin", plugin(1));
            engine.invokeVoid("register");
            long stubBefore = engine.lookup("answer").orElseThrow();
            assertEquals(1, engine.invokeLong("call_registered"), "pointer stored in another module's global, version 1");
            assertEquals(1, engine.invokeLong("call_own_pointer"), "pointer stored in the module's own global, version 1");
            assertEquals(1, engine.invokeLong("call_initialized"), "pointer in a global initializer, version 1");

            engine.redefine("plugin", plugin(2));

            assertEquals(stubBefore, engine.lookup("answer").orElseThrow(), "@answer keeps its address (its stub)");
            assertEquals(2, engine.invokeLong("call_registered"),
                    "the pointer stored in the registry before the redefinition reaches version 2");
            assertEquals(2, engine.invokeLong("call_own_pointer"),
                    "the pointer kept in the plugin's own global (state kept) reaches version 2");
            assertEquals(2, engine.invokeLong("call_initialized"),
                    "the pointer from the registry's initializer reaches version 2");
        }
    }
}
