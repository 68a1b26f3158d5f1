package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hotlink.diagnostic.IrSyntaxException;
import org.junit.jupiter.api.Test;

/** Test that bad IR gives an IrSyntaxException with the exact file, line, byte column, line text and message. */
class DiagnosticsTest {
    private static void expect(String text, int line, int column, String message) {
        IrSyntaxException e = IrTestSupport.parseError(text);
        assertEquals(message, e.getMessage(), "expected the message");
        assertEquals("bad.ll", e.location().file(), "expected the file as given");
        assertEquals(line, e.location().line(), "expected line " + line + " for: " + message);
        assertEquals(column, e.location().column(), "expected column " + column + " for: " + message);
        assertEquals(text.split("\n", -1)[line - 1], e.location().lineText(), "expected the offending line's text");
    }

    @Test
    void missingTypeIsReportedAtTheToken() {
        expect("@g = global i32 0\ndefine void @f() {\n  %x = alloca 42\n  ret void\n}\n", 3, 15, "expected type");
    }

    @Test
    void undefinedLocalValueIsReportedAtItsUse() {
        expect("define i32 @f() {\n  ret i32 %y\n}\n", 2, 11, "use of undefined value '%y'");
    }

    @Test
    void undefinedGlobalIsReportedAtItsUse() {
        expect("@p = global ptr @nope\n", 1, 17, "use of undefined value '@nope'");
    }

    @Test
    void typeMismatchNamesBothTypes() {
        expect("define i64 @f(i32 %a) {\n  %b = add i64 %a, 1\n  ret i64 %b\n}\n", 2, 16,
                "'%a' defined with type 'i32' but expected 'i64'");
    }

    @Test
    void forwardReferenceWithWrongTypeIsReportedAtTheDefinition() {
        expect("define i64 @f() {\nentry:\n  br label %b\na:\n  %x = add i32 1, 2\n  ret i64 0\nb:\n  %y = add i64 %z, 1\n  %z = add i32 1, 1\n  ret i64 %y\n}\n",
                9, 3, "'%z' defined with type 'i32' but expected 'i64'");
    }

    @Test
    void unsupportedConstructsAreNamed() {
        expect("@f = ifunc void (), ptr @r\n", 1, 6, "unsupported: ifunc '@f'");
        expect("define void @f() personality ptr null {\n  invoke void @f() to label %a unwind label %a\na:\n  ret void\n}\n",
                2, 3, "unsupported: 'invoke' (exception handling)");
    }

    @Test
    void truncatedFunctionBodyIsReportedAtTheEndOfFileAsLlcDoes() {
        // llc-19: bad.ll:3:1: error: found end of file when expecting more instructions
        expect("define void @f() {\n  ret void\n", 3, 1, "found end of file when expecting more instructions");
    }

    @Test
    void invalidCharacterIsALexicalError() {
        expect("@x = global i32 0 ~\n", 1, 19, "invalid character '~'");
    }

    @Test
    void columnsCountUtf8Bytes() {
        expect("@\"\u00e9\" = global i32 x\n", 1, 20, "expected value of type 'i32'");
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        String type = "[1 x ".repeat(200_000) + "i8" + "]".repeat(200_000);
        IrSyntaxException e = IrTestSupport.parseError("@g = global " + type + " zeroinitializer\n");
        assertEquals(1, e.location().line(), "expected the error on line 1, got " + e.getMessage());
    }

    @Test
    void voidInstructionCannotBeNamed() {
        expect("declare void @g()\ndefine void @f() {\n  %x = call void @g()\n  ret void\n}\n", 3, 3,
                "instructions returning void cannot have a name");
    }

    @Test
    void misnumberedValueIsReported() {
        expect("define i32 @f() {\n  %2 = add i32 1, 2\n  ret i32 %2\n}\n", 2, 3,
                "instruction expected to be numbered '%1'");
    }

    @Test
    void renderShowsFileLineColumnAndCaret() {
        IrSyntaxException e = IrTestSupport.parseError("define i32 @f() {\n  ret i32 %y\n}\n");
        assertEquals("bad.ll:2:11: error: use of undefined value '%y'\n  ret i32 %y\n          ^", e.render(),
                "expected the compiler-style rendering");
    }
}
