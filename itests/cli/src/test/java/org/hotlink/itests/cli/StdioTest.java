package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The program owns stdin, stdout and stderr: Hotlink reads no input and prints nothing on stdout. */
@ExtendWith(RunSummary.class)
class StdioTest {

    @TempDir
    Path work;

    @Test
    void silentProgramGivesEmptyStdoutEvenWithStatsAndHotlinkDebug() {
        Programs.placeC("silent", work);
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "--stats", "silent.ll")
                .env("HOTLINK_DEBUG", "1"));
        assertAll(
                () -> assertEquals(0, actual.exitStatus(), "expected status 0" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected an empty stdout" + actual.describe()));
    }

    @Test
    void diagnosticWithHotlinkDebugLeavesStdoutEmpty() {
        NativeToolchain.copy(NativeToolchain.handWrittenIr("syntax_error"), work, "syntax_error.ll");
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "--stats", "syntax_error.ll")
                .env("HOTLINK_DEBUG", "1"));
        assertAll(
                () -> assertEquals(2, actual.exitStatus(), "expected status 2 for the syntax error" + actual.describe()),
                () -> assertEquals("", actual.stdout(), "expected an empty stdout" + actual.describe()));
    }

    @Test
    void silentProgramGivesEmptyStdoutAndStderr() {
        Programs.assertSameAsNative("silent", work);
    }

    @Test
    void programsStdoutAndStderrReachTheirOwnStreams() {
        Programs.assertSameAsNative("stdout_stderr", work);
    }

    @Test
    void numbersPipedToStdinAllReachTheProgramsScanf() {
        String input = IntStream.rangeClosed(1, 2000).mapToObj(Integer::toString)
                .collect(Collectors.joining(" ", "", "\n"));
        Path exe = Programs.placeC("stdin_sum", work);
        ProcessOutcome expected = NativeToolchain.runNative(NativeToolchain.nativeCommand(exe).in(work).stdin(input));
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "stdin_sum.ll").stdin(input));
        Programs.assertMatches(expected, actual);
        assertEquals("first=1 count=2000 sum=2001000\n", actual.stdout(),
                "expected every number, starting with the first" + actual.describe());
    }

    @Test
    void firstBytesOfStdinReachTheProgramUnconsumed() {
        String input = "hotlink\nstdin\n";
        Path exe = Programs.placeC("stdin_first_byte", work);
        ProcessOutcome expected = NativeToolchain.runNative(NativeToolchain.nativeCommand(exe).in(work).stdin(input));
        ProcessOutcome actual = Hotlink.execute(Hotlink.command(work, "run", "--stats", "stdin_first_byte.ll")
                .stdin(input));
        assertAll(
                () -> assertEquals(expected.stdout(), actual.stdout(), "expected the first bytes 68 6f 74 ('hot')"
                        + actual.describe()),
                () -> assertEquals(0, actual.exitStatus(), "expected status 0" + actual.describe()));
    }
}
