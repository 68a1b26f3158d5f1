package org.hotlink.verifier.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed modules that LLVM's parser accepts and only LLVM's verifier rejects, fed through
 * Hotlink's own text parser: the verifier must report each with LLVM's rule at the exact line and
 * column the parser recorded for the offending instruction.
 */
class ParsedModuleRejectionTest {

    static Stream<Arguments> verifierLevelErrors() {
        return Stream.of(
                Arguments.of("phi entries against predecessors", """
                        define i32 @f(i1 %c) {
                        entry:
                          br i1 %c, label %a, label %b
                        a:
                          br label %join
                        b:
                          br label %join
                        join:
                          %p = phi i32 [ 1, %a ], [ 2, %entry ]
                          ret i32 %p
                        }
                        """, "phi node entries do not match predecessors", 9, 3),
                Arguments.of("phi entry count", """
                        define i32 @f(i1 %c) {
                        entry:
                          br i1 %c, label %a, label %join
                        a:
                          br label %join
                        join:
                          %p = phi i32 [ 1, %a ]
                          ret i32 %p
                        }
                        """, "phi node should have one entry for each predecessor of its parent basic block", 7, 3),
                Arguments.of("phi after a non-phi", """
                        define i32 @f(i32 %x) {
                        entry:
                          br label %next
                        next:
                          %y = add i32 %x, 1
                          %p = phi i32 [ %x, %entry ]
                          ret i32 %p
                        }
                        """, "phi nodes not grouped at top of basic block %next", 6, 3),
                Arguments.of("use before definition", """
                        define i32 @f(i32 %x) {
                        entry:
                          %a = add i32 %b, 1
                          %b = add i32 %x, 1
                          ret i32 %a
                        }
                        """, "instruction does not dominate all uses: '%b'", 3, 3),
                Arguments.of("use on a path that skips the definition", """
                        define i32 @f(i1 %c, i32 %x) {
                        entry:
                          br i1 %c, label %a, label %join
                        a:
                          %v = mul i32 %x, 3
                          br label %join
                        join:
                            %w = add i32 %v, 1
                          ret i32 %w
                        }
                        """, "instruction does not dominate all uses: '%v'", 8, 5),
                Arguments.of("self reference outside a phi", """
                        define i32 @f() {
                        entry:
                          %x = add i32 %x, 1
                          ret i32 %x
                        }
                        """, "only phi nodes may reference their own value", 3, 3),
                Arguments.of("entry block with a predecessor", """
                        define void @f() {
                        entry:
                          br label %loop
                        loop:
                          br label %entry
                        }
                        """, "entry block %entry must not have predecessors", 5, 3),
                Arguments.of("intrinsic with another signature", """
                        declare i32 @llvm.abs.i32(i32, i1)
                        define i64 @f(i64 %x) {
                        entry:
                          %r = call i64 @llvm.abs.i32(i64 %x, i1 false)
                          ret i64 %r
                        }
                        """, "intrinsic called with incompatible signature", 4, 3),
                Arguments.of("defined intrinsic", """
                        define void @llvm.hotlink.test() {
                        entry:
                          ret void
                        }
                        """, "llvm intrinsics cannot be defined", 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verifierLevelErrors")
    void parsedModuleIsRejectedAtTheOffendingInstruction(String rule, String text, String message, int line, int column)
            throws Exception {
        Module module = TextParsers.parse("bad.ll", text);
        IrVerificationException error = assertThrows(IrVerificationException.class,
                () -> new ModuleVerifier().verify(module), "expected the verifier to reject: " + rule);
        assertTrue(error.getMessage().contains(message),
                "expected a message containing \"" + message + "\" but got \"" + error.getMessage() + "\"");
        assertEquals("bad.ll:" + line + ":" + column, error.location().toString(),
                "expected the error at the offending instruction: " + error.render());
        assertTrue(LlvmTools.llvmRejects(text), "expected LLVM to reject this IR too:\n" + text);
    }

    @Test
    void renderedDiagnosticShowsTheSourceLineAndACaretUnderTheInstruction() throws Exception {
        String text = """
                define i32 @f(i32 %x) {
                entry:
                  %a = add i32 %b, 1
                  %b = add i32 %x, 1
                  ret i32 %a
                }
                """;
        Module module = TextParsers.parse("use.ll", text);
        IrVerificationException error = assertThrows(IrVerificationException.class,
                () -> new ModuleVerifier().verify(module), "expected the use before definition to be rejected");
        assertEquals("""
                use.ll:3:3: error: instruction does not dominate all uses: '%b' is used before it is defined on some path \
                (in function @f)
                  %a = add i32 %b, 1
                  ^""", error.render(), "expected the compiler-style diagnostic with the line and a caret");
    }
}
