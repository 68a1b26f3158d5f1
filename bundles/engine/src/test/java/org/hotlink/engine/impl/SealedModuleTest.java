package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleSource;
import org.junit.jupiter.api.Test;

/** Sealed modules: compiled with direct calls between their own functions, never redefined or removed. */
class SealedModuleTest {
    private static final String FIB = "target triple = \"x86_64-pc-linux-gnu\"\n"
            + "define internal i64 @fib(i64 %n) {\nentry:\n  %small = icmp slt i64 %n, 2\n  br i1 %small, label %done, label %rec\n"
            + "rec:\n  %a = sub i64 %n, 1\n  %fa = call i64 @fib(i64 %a)\n  %b = sub i64 %n, 2\n  %fb = call i64 @fib(i64 %b)\n"
            + "  %s = add i64 %fa, %fb\n  ret i64 %s\ndone:\n  ret i64 %n\n}\n"
            + "define i64 @fib_of(i64 %n) {\n  %r = call i64 @fib(i64 %n)\n  ret i64 %r\n}\n"
            + "define ptr @fib_of_address() {\n  ret ptr @fib_of\n}\n";

    @Test
    void aSealedModuleRunsAndKeepsOneAddressPerFunction() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("fib", "fib.ll", FIB, CompileMode.SEALED);
            assertEquals(832040L, engine.invokeLong("fib_of", 30));
            assertEquals(engine.lookup("fib_of").orElseThrow(), engine.invokeLong("fib_of_address"),
                    "a function's address is still its stub's");
        }
    }

    @Test
    void aSealedModuleCannotBeRedefinedOrRemovedAndStaysAsItWas() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("fib", "fib.ll", FIB, CompileMode.SEALED);
            HotlinkException redefined = assertThrows(HotlinkException.class, () -> engine.redefine("fib", FIB));
            assertTrue(redefined.getMessage().contains("sealed"), redefined.getMessage());
            HotlinkException removed = assertThrows(HotlinkException.class, () -> engine.remove("fib"));
            assertTrue(removed.getMessage().contains("sealed"), removed.getMessage());
            assertThrows(HotlinkException.class,
                    () -> engine.redefineAll(List.of(new ModuleSource("other", "other.ll", FIB)), CompileMode.SEALED),
                    "a redefinition is never sealed");
            assertEquals(55L, engine.invokeLong("fib_of", 10));
        }
    }
}
