package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnostics of `hotlink run` for bad input: exit status 2, nothing on stdout, and on stderr the compiler
 * form {@code FILE:LINE:COL: error: MESSAGE} (FILE as typed), the source line and a caret under the column;
 * first error only. Where LLVM's own parser reports a location (llc-19 on the same file), the expected line
 * and column are LLVM's; they are written here as constants.
 */
@ExtendWith(RunSummary.class)
class DiagnosticsTest {

    @TempDir
    Path work;

    @Test
    void syntaxErrorIsReportedAtItsLineAndColumnWithFileAsTyped() {
        // llc-19: syntax_error.ll:7:20: error: expected ',' in arithmetic operation
        assertDiagnostic("syntax_error", "bad/syntax_error.ll", Set.of(7), Set.of(20), null);
    }

    @Test
    void columnOfADiagnosticCountsBytes() {
        // llc-19: syntax_error_utf8.ll:7:24 (the line holds the two-byte 'é' before the error).
        assertDiagnostic("syntax_error_utf8", "syntax_error_utf8.ll", Set.of(7), Set.of(24), null);
    }

    @Test
    void operandOfTheWrongTypeIsReportedAtTheOperand() {
        // llc-19: type_error.ll:8:18: error: '%wide' defined with type 'i64' but expected 'i32'
        assertDiagnostic("type_error", "./type_error.ll", Set.of(8), Set.of(18), null);
    }

    @Test
    void returnValueOfTheWrongTypeIsReportedAtTheValue() {
        // llc-19: return_type_error.ll:8:7: error: value doesn't match function result type 'i32';
        // the start of the ret instruction (column 3) is accepted too.
        assertDiagnostic("return_type_error", "return_type_error.ll", Set.of(8), Set.of(3, 7), null);
    }

    @Test
    void useNotDominatedByItsDefinitionIsAVerifierErrorAtOneOfTheTwoInstructions() {
        // The LLVM verifier: "Instruction does not dominate all uses!" (%a on line 7, %b on line 8).
        assertDiagnostic("dominance_error", "dominance_error.ll", Set.of(7, 8), null, null);
    }

    @Test
    void onlyTheFirstOfTwoErrorsIsReported() {
        // llc-19: two_errors.ll:7:18; the second error is on line 8.
        assertDiagnostic("two_errors", "two_errors.ll", Set.of(7), Set.of(18), null);
    }

    @Test
    void truncatedModuleIsReportedAtItsEnd() {
        // llc-19: truncated.ll:8:1: error: found end of file when expecting more instructions
        assertDiagnostic("truncated", "truncated.ll", Set.of(7, 8), null, null);
    }

    @Test
    void moduleLevelAssemblyIsAnUnsupportedConstructAtItsLine() {
        assertDiagnostic("module_asm", "module_asm.ll", Set.of(4), null, "asm|assembl");
    }

    @Test
    void inlineAssemblyIsAnUnsupportedConstructAtItsLine() {
        assertDiagnostic("inline_asm", "inline_asm.ll", Set.of(8), null, "asm|assembl");
    }

    @Test
    void moduleForAArch64IsRejectedAtItsTripleOrDataLayout() {
        assertDiagnostic("aarch64_triple", "aarch64_triple.ll", Set.of(2, 3), null, "aarch64");
    }

    @Test
    void errorInAnExtraModuleNamesThatFileAsTyped() {
        NativeToolchain.copy(NativeToolchain.ir("main_no_params"), work, "main_no_params.ll");
        Path source = NativeToolchain.copy(NativeToolchain.handWrittenIr("syntax_error"), work, "mods/syntax_error.ll");
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--extra-module", "mods/syntax_error.ll",
                "main_no_params.ll");
        assertDiagnosticOutcome(actual, source, "mods/syntax_error.ll", Set.of(7), Set.of(20), null);
    }

    @Test
    void longDoubleIsEitherRunLikeNativeOrReportedAsUnsupportedAtItsLocation() {
        Path ir = NativeToolchain.ir("long_double");
        Path exe = Programs.placeC("long_double", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "long_double.ll");
        if (actual.exitStatus() != 2) {
            Programs.assertMatches(expected, actual);
            return;
        }
        Set<Integer> fp80Lines = new TreeSet<>();
        List<String> lines = readLines(ir);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("x86_fp80")) {
                fp80Lines.add(i + 1);
            }
        }
        assertDiagnosticOutcome(actual, ir, "long_double.ll", fp80Lines, null, null);
        String message = actual.stderrLines().get(0).toLowerCase(Locale.ROOT);
        assertTrue(message.contains("x86_fp80") || message.contains("long double"),
                "expected the message to name x86_fp80 or long double" + actual.describe());
    }

    private void assertDiagnostic(String name, String typed, Set<Integer> lines, Set<Integer> columns,
            String mention) {
        Path source = NativeToolchain.copy(NativeToolchain.handWrittenIr(name), work, typed);
        ProcessOutcome actual = Hotlink.invoke(work, "run", typed);
        assertDiagnosticOutcome(actual, source, typed, lines, columns, mention);
    }

    /**
     * Asserts the whole diagnostic: exit 2, empty stdout, first stderr line {@code TYPED:LINE:COL: error: ...}
     * with LINE in {@code lines} and COL in {@code columns} (or inside the line when null), then the source
     * line, then a caret under the column; no other error and no Java stack trace. {@code mention}, when not
     * null, is a regular expression that the lower-case message must contain (the construct's name).
     */
    static void assertDiagnosticOutcome(ProcessOutcome actual, Path source, String typed, Set<Integer> lines,
            Set<Integer> columns, String mention) {
        assertAll(
                () -> assertEquals(2, actual.exitStatus(), "expected exit status 2" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected nothing on stdout" + actual.describe()),
                () -> assertFalse(actual.stderr().contains("Exception") || actual.stderr().contains("\tat "),
                        "expected no Java stack trace" + actual.describe()));
        List<String> err = actual.stderrLines();
        assertTrue(err.size() >= 3, "expected at least three stderr lines: error, source line, caret"
                + actual.describe());
        Pattern form = Pattern.compile("^" + Pattern.quote(typed) + ":(\\d+):(\\d+): error: (.+)$");
        Matcher m = form.matcher(err.get(0));
        assertTrue(m.matches(), "expected the first stderr line to match " + form + actual.describe());
        int line = Integer.parseInt(m.group(1));
        int col = Integer.parseInt(m.group(2));
        List<String> sourceLines = readLines(source);
        String sourceLine = line <= sourceLines.size() ? sourceLines.get(line - 1) : "";
        byte[] bytes = sourceLine.getBytes(StandardCharsets.UTF_8);
        int lineBytes = bytes.length;
        String beforeColumn = new String(bytes, 0, Math.min(Math.max(col - 1, 0), lineBytes), StandardCharsets.UTF_8);
        int visualColumn = beforeColumn.codePointCount(0, beforeColumn.length());
        String caretLine = err.get(2);
        int caret = caretLine.indexOf('^');
        assertAll(
                () -> assertTrue(lines.contains(line), "expected the error on line " + lines + actual.describe()),
                () -> {
                    if (columns != null) {
                        assertTrue(columns.contains(col), "expected column " + columns + " (bytes, from 1)"
                                + actual.describe());
                    } else {
                        assertTrue(col >= 1 && col <= lineBytes + 1, "expected a column inside line " + line
                                + " (1.." + (lineBytes + 1) + ")" + actual.describe());
                    }
                },
                () -> assertEquals(sourceLine, err.get(1), "expected the source line " + line + " after the error"
                        + actual.describe()),
                () -> assertTrue(caret == col - 1 || caret == visualColumn,
                        "expected the caret under column " + col + " (index " + (col - 1) + ")" + actual.describe()),
                () -> assertTrue(caret >= 0 && caretLine.substring(0, caret).isBlank(),
                        "expected only blanks before the caret" + actual.describe()),
                () -> assertEquals(1, err.stream().filter(l -> l.contains("error")).count(),
                        "expected only the first error to be reported" + actual.describe()),
                () -> {
                    if (mention != null) {
                        assertTrue(Pattern.compile(mention).matcher(m.group(3).toLowerCase(Locale.ROOT)).find(),
                                "expected the message to name the construct (" + mention + ")" + actual.describe());
                    }
                });
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
