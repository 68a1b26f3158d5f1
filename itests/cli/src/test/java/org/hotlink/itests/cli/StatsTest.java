package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `--stats`: exactly one stderr line of the documented form, also on exit(), with counts that match the IR. */
@ExtendWith(RunSummary.class)
class StatsTest {

    /** The contract of issue 2, verbatim. */
    static final Pattern STATS_LINE = Pattern.compile("^hotlink: stats parse_ms=(\\d+\\.\\d{3}) "
            + "compile_ms=(\\d+\\.\\d{3}) link_ms=(\\d+\\.\\d{3}) functions_compiled=(\\d+) "
            + "ir_instructions=(\\d+) code_bytes=(\\d+)$");

    @TempDir
    Path work;

    @Test
    void statsPrintsExactlyOneLineOfTheDocumentedFormAndLeavesStdoutToTheProgram() {
        Path exe = Programs.placeC("stats_program", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--stats", "stats_program.ll");
        assertAll(
                () -> assertEquals(expected.stdout(), actual.stdout(), "expected the native stdout" + actual.describe()),
                () -> assertEquals(expected.exitStatus(), actual.exitStatus(), "expected the native exit status"
                        + actual.describe()),
                () -> statsOf(actual));
    }

    @Test
    void statsLineIsPrintedAlsoWhenTheProgramCallsExit() {
        Path exe = Programs.placeC("stats_exit", work);
        ProcessOutcome expected = NativeToolchain.runNative(exe, work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--stats", "stats_exit.ll");
        assertAll(
                () -> assertEquals(3, actual.exitStatus(), "expected exit(3)'s status" + actual.describe()),
                () -> assertEquals(expected.stdout(), actual.stdout(), "expected the native stdout 'finishing'"
                        + actual.describe()),
                () -> statsOf(actual));
    }

    @ParameterizedTest(name = "clang-19 {0}")
    @ValueSource(strings = {"-O0", "-O0 -g", "-O1", "-O2 -fno-vectorize -fno-slp-vectorize"})
    void statsCountsDefinedFunctionsAndIrInstructionsOfTheModule(String flags) {
        Path ir = NativeToolchain.ir("stats_program", flags.split(" "));
        NativeToolchain.copy(ir, work, "stats_program.ll");
        IrCount count = IrCount.of(ir);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--stats", "stats_program.ll");
        Matcher stats = statsOf(actual);
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected exit status 0" + actual.describe()),
                () -> assertEquals(count.definedFunctions(), Integer.parseInt(stats.group(4)),
                        "expected functions_compiled = the " + count.definedFunctions() + " define lines of "
                                + ir.getFileName() + " (all are called)" + actual.describe()),
                () -> assertEquals(count.instructions(), Integer.parseInt(stats.group(5)),
                        "expected ir_instructions = the " + count.instructions() + " instruction lines of "
                                + ir.getFileName() + " (debug records excluded)" + actual.describe()),
                () -> assertTrue(Long.parseLong(stats.group(6)) > 0, "expected code_bytes > 0" + actual.describe()));
    }

    @Test
    void statsCountsFunctionsAndInstructionsOfAllModules() {
        List<String> names = List.of("trio_main", "trio_a", "trio_b");
        IrCount total = new IrCount(0, 0);
        for (String name : names) {
            Path ir = NativeToolchain.ir(name);
            NativeToolchain.copy(ir, work, name + ".ll");
            total = total.plus(IrCount.of(ir));
        }
        IrCount count = total;
        ProcessOutcome actual = Hotlink.invoke(work, "run", "--stats", "--extra-module", "trio_a.ll",
                "--extra-module", "trio_b.ll", "trio_main.ll");
        Matcher stats = statsOf(actual);
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected exit status 0" + actual.describe()),
                () -> assertEquals(count.definedFunctions(), Integer.parseInt(stats.group(4)),
                        "expected functions_compiled = " + count.definedFunctions() + " functions of 3 modules"
                                + actual.describe()),
                () -> assertEquals(count.instructions(), Integer.parseInt(stats.group(5)),
                        "expected ir_instructions = " + count.instructions() + " instructions of 3 modules"
                                + actual.describe()));
    }

    @Test
    void withoutStatsNothingIsPrintedOnStderr() {
        Programs.placeC("stats_program", work);
        ProcessOutcome actual = Hotlink.invoke(work, "run", "stats_program.ll");
        assertEquals("", actual.stderr(), "expected an empty stderr without --stats" + actual.describe());
    }

    /** Asserts that stderr is exactly one stats line and returns its match. */
    static Matcher statsOf(ProcessOutcome actual) {
        List<String> lines = actual.stderrLines();
        assertEquals(1, lines.size(), "expected exactly one line on stderr" + actual.describe());
        assertTrue(actual.stderr().endsWith("\n"), "expected the stats line to end with a newline" + actual.describe());
        Matcher matcher = STATS_LINE.matcher(lines.get(0));
        assertTrue(matcher.matches(), "expected the line to match " + STATS_LINE + actual.describe());
        return matcher;
    }
}
