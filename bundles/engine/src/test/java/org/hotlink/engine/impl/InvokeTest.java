package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/** Calls of compiled functions from Java through invokeInt, invokeDouble and invokeVoid. */
class InvokeTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    @Test
    void intDoubleAndVoidFunctionsAreCalledWithTheirTypes() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("m", HEADER + "@last = global i64 0\n"
                    + "define i32 @negate(i32 %x) {\n  %r = sub i32 0, %x\n  ret i32 %r\n}\n"
                    + "define double @hypot2(double %a, double %b) {\n  %aa = fmul double %a, %a\n"
                    + "  %bb = fmul double %b, %b\n  %s = fadd double %aa, %bb\n  ret double %s\n}\n"
                    + "define void @remember(i64 %x) {\n  store i64 %x, ptr @last\n  ret void\n}\n"
                    + "define i64 @recall() {\n  %v = load i64, ptr @last\n  ret i64 %v\n}\n");
            assertEquals(-7, engine.invokeInt("negate", 7), "negate(7)");
            assertEquals(25.0, engine.invokeDouble("hypot2", 3.0, 4.0), "3*3 + 4*4");
            engine.invokeVoid("remember", 1234);
            assertEquals(1234L, engine.invokeLong("recall"), "the void function stored its argument");
        }
    }

    @Test
    void undefinedFunctionAndTooManyArgumentsAreRefusedBeforeTheCall() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("m", HEADER + "define i64 @id(i64 %x) {\n  ret i64 %x\n}\n");
            assertThrows(UndefinedSymbolException.class, () -> engine.invokeLong("nothing_here"),
                    "an undefined symbol is refused");
            HotlinkException e = assertThrows(HotlinkException.class,
                    () -> engine.invokeLong("id", 1, 2, 3, 4, 5, 6, 7));
            assertTrue(e.getMessage().contains("at most 6"), "the limit is named: " + e.getMessage());
        }
    }

    @Test
    void callsAfterCloseAreRefused() throws Exception {
        Engine engine = TestEngines.create();
        engine.add("m", HEADER + "define i64 @id(i64 %x) {\n  ret i64 %x\n}\n");
        engine.close();
        HotlinkException e = assertThrows(HotlinkException.class, () -> engine.invokeLong("id", 1));
        assertTrue(e.getMessage().contains("closed"), "the engine says it is closed: " + e.getMessage());
    }
}
