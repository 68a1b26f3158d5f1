package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Module;
import org.junit.jupiter.api.Test;

/**
 * Local and global names are looked up by the number of their text: quoted and plain spellings must
 * name the same value, one function's names must not leak into the next, and the errors found on the
 * paths that make no token objects must still point at the right token.
 */
class NameLookupTest {
    private static void expect(String text, int line, int column, String message) {
        IrSyntaxException e = IrTestSupport.parseError(text);
        assertEquals(message, e.getMessage());
        assertEquals(line, e.location().line(), "line for: " + message);
        assertEquals(column, e.location().column(), "column for: " + message);
    }

    @Test
    void quotedAndPlainSpellingsNameTheSameValues() {
        Module m = IrTestSupport.parse("""
                @"g" = global i32 1
                @h = global ptr @"h"
                define i32 @f() {
                "entry block":
                  %"x" = load i32, ptr @g
                  %"a\\22b" = add i32 %x, 1
                  br label %"entry block2"
                "entry block2":
                  ret i32 %"a\\22b"
                }
                """);
        Function f = m.function("f");
        Instruction load = f.blocks().get(0).instructions().get(0);
        Instruction add = f.blocks().get(0).instructions().get(1);
        assertSame(m.global("g"), load.operand(0));
        assertSame(load, add.operand(0));
        assertEquals("a\"b", add.name());
        BasicBlock second = f.block("entry block2");
        assertSame(second, f.blocks().get(0).instructions().get(2).operand(0));
        assertSame(add, second.instructions().get(0).operand(0));
    }

    @Test
    void namesOfOneFunctionAreNotVisibleInTheNext() {
        String first = "define i32 @a(i32 %p) {\n  %x = add i32 %p, 1\n  ret i32 %x\n}\n";
        expect(first + "define i32 @b() {\n  ret i32 %x\n}\n", 6, 11, "use of undefined value '%x'");
        Module m = IrTestSupport.parse(first + "define i64 @b(i64 %p) {\n  %x = add i64 %p, 2\n  br label %1\n1:\n"
                + "  ret i64 %x\n}\n");
        Function b = m.function("b");
        assertEquals(2, b.blocks().size());
        assertEquals("1", b.blocks().get(1).name());
    }

    @Test
    void implicitNumbersAndForwardReferencesAcrossFunctions() {
        Module m = IrTestSupport.parse("""
                define i32 @a() {
                  br label %2
                1:
                  %x = add i32 %3, 1
                  ret i32 %x
                2:
                  %3 = add i32 0, 0
                  br label %1
                }
                define i32 @b(i32) {
                  %2 = add i32 %0, 1
                  ret i32 %2
                }
                """);
        assertEquals("0", m.function("a").blocks().get(0).name());
        Instruction forward = m.function("a").blocks().get(1).instructions().get(0);
        assertSame(m.function("a").blocks().get(2).instructions().get(0), forward.operand(0));
        assertEquals("1", m.function("b").blocks().get(0).name());
        expect("define i32 @a() {\n  %2 = add i32 0, 0\n  ret i32 %2\n}\n", 2, 3,
                "instruction expected to be numbered '%1'");
        expect("define i32 @a() {\n  %x = add i32 %y, 0\n  ret i32 %x\n}\ndefine void @b() {\n  ret void\n}\n", 2, 16,
                "use of undefined value '%y'");
    }

    @Test
    void errorsOnTokenFreePathsPointAtTheToken() {
        expect("define void @f(ptr %p) {\n  %x = load i32, ptr %p, align 3\n  ret void\n}\n", 2, 32,
                "alignment is not a power of two");
        expect("define void @f(i32 %p) {\n  %x = load i32, i32 %p\n  ret void\n}\n", 2, 18,
                "load operand must be a pointer");
        expect("define void @f(ptr %p) {\n  %x = load void, ptr %p\n  ret void\n}\n", 2, 13,
                "a load cannot have type 'void'");
        expect("define void @f(ptr %p) {\n  %x = add ptr %p, %p\n  ret void\n}\n", 2, 12,
                "invalid operand type 'ptr' for add");
        expect("define void @f(i32 %c) {\n  br i32 %c, label %a, label %a\na:\n  ret void\n}\n", 2, 6,
                "branch condition must have 'i1' type");
        expect("declare void @g(i32)\ndefine void @f() {\n  call void (i32) @g(i64 1)\n  ret void\n}\n", 3, 8,
                "argument 0 has type 'i64' but the function type expects 'i32'");
        expect("@g = global i8 300\n", 1, 16, "integer constant 300 does not fit type 'i8'");
        expect("@g = global i32 @g\n", 1, 17, "global variable reference must have pointer type");
        expect("@g = global ptr @h\n", 1, 17, "use of undefined value '@h'");
        expect("define void @f() {\n  %x = alloca void*\n  ret void\n}\n", 2, 15, "pointer to 'void' is invalid");
    }

    @Test
    void unclosedMetadataIsReportedAtTheEndOfFile() {
        expect("!0 = !{!1, !{\n", 2, 1, "found end of file before the bracket closing '{' at 1:7");
    }
}
