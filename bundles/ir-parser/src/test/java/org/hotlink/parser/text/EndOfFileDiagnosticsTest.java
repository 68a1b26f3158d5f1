package org.hotlink.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotlink.diagnostic.IrSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test that IR cut off at the end of the file is reported where llvm-as-19 (the same parser as
 * llc-19) reports it: at the end of the file, with the last (possibly empty) line and a caret, and
 * with LLParser's "found end of file when expecting more instructions" inside a function body.
 * The expected locations and messages are taken by running llvm-as-19 on the same text.
 */
class EndOfFileDiagnosticsTest {
    private static final String END_OF_BODY = "found end of file when expecting more instructions";
    private static final Pattern LLVM_DIAGNOSTIC = Pattern.compile("^llvm-as-19: [^\\n]*?:(\\d+):(\\d+): error: ([^\\n]*)");

    @TempDir
    Path work;

    /** What llvm-as-19 reports for {@code text}: line, column and message of its first error. */
    private record Reference(int line, int column, String message) {
    }

    private Reference llvmAs(String text) throws IOException, InterruptedException {
        Path ll = Files.createTempFile(work, "eof", ".ll");
        Files.writeString(ll, text, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder(List.of("llvm-as-19", "-o", "/dev/null", ll.toString())).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("cannot run llvm-as-19 (install it with scripts/install-test-tools.sh): " + e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("llvm-as-19 timed out");
        }
        assertTrue(p.exitValue() != 0, "expected llvm-as-19 to reject:\n" + text);
        Matcher m = LLVM_DIAGNOSTIC.matcher(out);
        assertTrue(m.find(), "expected a located llvm-as-19 diagnostic, got:\n" + out);
        return new Reference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    /** Checks our location against llvm-as-19's, and our message too when {@code sameMessage}. */
    private IrSyntaxException assertLikeLlvm(String text, boolean sameMessage) throws Exception {
        Reference expected = llvmAs(text);
        IrSyntaxException e = IrTestSupport.parseError(text);
        String what = "for " + text.replace("\n", "\\n") + " (llvm-as-19: " + expected + ", ours: " + e.getMessage() + ")";
        assertEquals(expected.line(), e.location().line(), "expected llvm-as-19's line " + what);
        assertEquals(expected.column(), e.location().column(), "expected llvm-as-19's column " + what);
        String[] lines = text.split("\n", -1);
        assertEquals(lines[expected.line() - 1], e.location().lineText(), "expected the last line's text " + what);
        if (sameMessage) {
            assertEquals(expected.message(), e.getMessage(), "expected llvm-as-19's message " + what);
        }
        return e;
    }

    @Test
    void bodyCutAfterAnInstructionIsFoundEndOfFileOnTheEmptyLastLine() throws Exception {
        IrSyntaxException e = assertLikeLlvm(
                "define i32 @main() {\n  %1 = alloca i32, align 4\n  store i32 0, ptr %1, align 4\n", true);
        assertEquals("bad.ll:4:1: error: " + END_OF_BODY + "\n\n^", e.render(),
                "expected an empty source line and a caret, as llc-19 prints");
    }

    @Test
    void bodyCutWithoutFinalNewlineIsReportedAfterTheLastCharacter() throws Exception {
        IrSyntaxException e = assertLikeLlvm("define i32 @main() {\n  %1 = alloca i32, align 4", true);
        assertEquals("bad.ll:2:27: error: " + END_OF_BODY + "\n  %1 = alloca i32, align 4\n"
                + "                          ^", e.render(), "expected the caret just past the last character");
    }

    @Test
    void bodyCutAfterTrailingBlankLinesAndCommentsIsReportedAtTheVeryEnd() throws Exception {
        assertLikeLlvm("define i32 @main() {\n  ret i32 0\n\n\n", true);
        assertLikeLlvm("define i32 @main() {\n  ret i32 0\n; trailing comment", true);
    }

    @Test
    void bodyCutAfterALabelAnOpeningBraceOrAResultNameIsFoundEndOfFile() throws Exception {
        assertLikeLlvm("define i32 @main() {\nentry:\n", true);
        assertLikeLlvm("define i32 @main() {\n", true);
        assertLikeLlvm("define i32 @main() {\n  %x =\n", true);
        assertLikeLlvm("define i32 @main() {\nentry:\n  br label %next\nnext:\n", true);
    }

    @Test
    void otherStatementsCutAtTheEndOfFileAreReportedThereWithTheirOwnMessage() throws Exception {
        assertLikeLlvm("@g = global i32\n", false);
        assertLikeLlvm("define i32 @f(\n", true);
        assertLikeLlvm("define i32 @f()\n", false);
        assertLikeLlvm("%T = type {\n", true);
        assertLikeLlvm("define i32 @f() {\n  %1 = call i32 @f(\n", true);
        assertLikeLlvm("define i32 @f() {\n  br label\n", false);
    }

    @Test
    void unclosedMetadataAndDebugRecordsAreReportedAtTheEndOfFile() throws Exception {
        IrSyntaxException e = assertLikeLlvm("!0 = !{\n", false);
        assertEquals("found end of file before the bracket closing '{' at 1:7", e.getMessage(),
                "expected the message to name the unclosed bracket");
        assertLikeLlvm("define void @f() {\n  #dbg_value(\n", false);
    }
}
