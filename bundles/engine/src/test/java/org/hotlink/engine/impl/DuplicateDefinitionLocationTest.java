package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/** A second strong definition is reported at its own definition in the new module, file, line and column. */
class DuplicateDefinitionLocationTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";

    @Test
    void clashIsLocatedAtTheNewDefinition() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.addModule("first", "first.ll", HEADER + "define i64 @twice(i64 %x) {\n  ret i64 %x\n}\n");
            DuplicateSymbolException e = assertThrows(DuplicateSymbolException.class, () -> engine.addModule("second",
                    "second.ll", HEADER + "@g = global i32 0\n\ndefine i64 @twice(i64 %x) {\n  ret i64 %x\n}\n"));
            assertEquals("twice", e.symbol());
            assertEquals("second.ll", e.location().file());
            assertEquals(4, e.location().line(), "the line of the second definition");
            assertTrue(e.render().startsWith("second.ll:4:"), e.render());
        }
    }

    @Test
    void definingARuntimeNameIsRefusedAtTheDefinition() throws Exception {
        try (Engine engine = TestEngines.create()) {
            DuplicateSymbolException e = assertThrows(DuplicateSymbolException.class, () -> engine.addModule("m", "m.ll",
                    HEADER + "define void @hotlink_quiescent() {\n  ret void\n}\n"));
            assertEquals(2, e.location().line());
            assertTrue(e.getMessage().contains("runtime"), e.getMessage());
        }
    }
}
