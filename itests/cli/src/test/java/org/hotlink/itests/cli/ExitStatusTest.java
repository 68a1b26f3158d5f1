package org.hotlink.itests.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit statuses and stdio flushing of `hotlink run`: main's return value, exit(n), atexit, unflushed output. */
@ExtendWith(RunSummary.class)
class ExitStatusTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "main returning {0} gives exit status {1}")
    @CsvSource({"0, 0", "3, 3", "255, 255", "256, 0", "-1, 255"})
    void exitStatusIsMainsReturnValueAnd0xFF(String returned, int status) {
        ProcessOutcome actual = Programs.assertSameAsNative("return_arg", work, returned);
        assertEquals(status, actual.exitStatus(), "expected exit status " + returned + " & 0xFF = " + status
                + actual.describe());
    }

    @ParameterizedTest(name = "exit({0}) after atexit registrations gives exit status {1}")
    @CsvSource({"0, 0", "3, 3", "255, 255", "256, 0", "-1, 255"})
    void exitStatusIsExitsArgumentAnd0xFF(String argument, int status) {
        ProcessOutcome actual = Programs.assertSameAsNative("atexit_order", work, argument);
        assertEquals(status, actual.exitStatus(), "expected exit status " + argument + " & 0xFF = " + status
                + actual.describe());
    }

    @Test
    void exitFromNestedCallGivesItsStatusAndFlushesPendingOutput() {
        ProcessOutcome actual = Programs.assertSameAsNative("exit_nested", work);
        assertAll(
                () -> assertEquals(7, actual.exitStatus(), "expected exit(7) from leave()" + actual.describe()),
                () -> assertEquals("start|working on 3\nleaving with 7", actual.stdout(),
                        "expected the output buffered before exit(), without a trailing newline" + actual.describe()));
    }

    @Test
    void outputWithoutTrailingNewlineIsFlushedWhenMainReturns() {
        ProcessOutcome actual = Programs.assertSameAsNative("no_newline", work);
        assertEquals("first line\nno newline at the end: 42", actual.stdout(),
                "expected the last line without newline on stdout" + actual.describe());
    }

    @Test
    void atexitHandlersRunInNativeOrderWhenMainReturns() {
        ProcessOutcome actual = Programs.assertSameAsNative("atexit_order", work);
        assertEquals(5, actual.exitStatus(), "expected main's return value 5" + actual.describe());
    }

    @Test
    void atexitHandlersRunInNativeOrderOnExit() {
        ProcessOutcome actual = Programs.assertSameAsNative("atexit_order", work, "9");
        assertEquals(9, actual.exitStatus(), "expected exit(9)" + actual.describe());
    }

    @Test
    void megabytesOfBufferedOutputArriveCompleteAndInOrder() {
        ProcessOutcome actual = Programs.assertSameAsNative("big_output", work);
        assertTrue(actual.stdout().endsWith("line  99999 of the big output\nend without newline"),
                "expected the output to end with the last two lines" + actual.describe());
    }

    @Test
    void bufferedPrintfOutputFollowsDirectWriteAsNatively() {
        Programs.assertSameAsNative("write_after_printf", work);
    }
}
