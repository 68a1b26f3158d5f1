package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Module;
import org.junit.jupiter.api.Test;

/**
 * Test that the parser records where {@code target triple}, {@code target datalayout} and each
 * {@code module asm} line are, so later stages can reject a module at the line responsible.
 */
class ModuleLocationsTest {
    private static final String TEXT = """
            ; ModuleID = 'x.c'
            source_filename = "x.c"
            target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
              target triple = "aarch64-unknown-linux-gnu"

            module asm ".globl helper"
            \tmodule asm "helper: ret"
            define i32 @main() {
              ret i32 0
            }
            """;

    private static void assertAt(SourceLocation at, int line, int column, String what) {
        assertEquals("test.ll", at.file(), "expected the file as given for " + what);
        assertEquals(line, at.line(), "expected " + what + " on line " + line);
        assertEquals(column, at.column(), "expected " + what + " at byte column " + column);
        assertEquals(TEXT.split("\n", -1)[line - 1], at.lineText(), "expected the line's text for " + what);
    }

    @Test
    void targetTripleAndDataLayoutLocationsPointAtTheirTargetKeyword() {
        Module m = IrTestSupport.parse(TEXT);
        assertEquals("aarch64-unknown-linux-gnu", m.targetTriple(), "expected the triple");
        assertAt(m.targetTripleLocation(), 4, 3, "the target triple");
        assertAt(m.dataLayoutLocation(), 3, 1, "the data layout");
    }

    @Test
    void everyModuleAsmLineHasItsLocation() {
        Module m = IrTestSupport.parse(TEXT);
        assertEquals(List.of(".globl helper", "helper: ret"), m.moduleAssembly(), "expected both module asm lines");
        assertEquals(2, m.moduleAssemblyLocations().size(), "expected one location per module asm line");
        assertAt(m.moduleAssemblyLocations().get(0), 6, 1, "the first module asm line");
        assertAt(m.moduleAssemblyLocations().get(1), 7, 2, "the second module asm line (after a tab)");
        assertSame(m.moduleAssemblyLocations().get(0), m.moduleAssemblyLocation(),
                "expected moduleAssemblyLocation() to be the first line's location");
    }

    @Test
    void moduleAsmRejectionRendersAtTheModuleAsmLine() {
        Module m = IrTestSupport.parse(TEXT);
        UnsupportedConstructException e = new UnsupportedConstructException(
                "unsupported: module-level inline assembly", m.moduleAssemblyLocation());
        assertEquals("test.ll:6:1: error: unsupported: module-level inline assembly\n"
                + "module asm \".globl helper\"\n^", e.render(), "expected the diagnostic at the module asm line");
    }

    @Test
    void absentTargetAndModuleAsmHaveUnknownLocations() {
        Module m = IrTestSupport.parse("define void @f() {\n  ret void\n}\n");
        assertSame(SourceLocation.UNKNOWN, m.targetTripleLocation(), "expected no triple location without a triple");
        assertSame(SourceLocation.UNKNOWN, m.dataLayoutLocation(), "expected no layout location without a layout");
        assertSame(SourceLocation.UNKNOWN, m.moduleAssemblyLocation(), "expected no module asm location");
        assertEquals(List.of(), m.moduleAssemblyLocations(), "expected no module asm locations");
    }
}
