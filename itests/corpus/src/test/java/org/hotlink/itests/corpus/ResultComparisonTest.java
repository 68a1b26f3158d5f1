package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests of {@link ResultComparison}: equal runs pass, every kind of difference is explained. */
class ResultComparisonTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(7);

    @Test
    void equalStdoutAndExitCodeMatchEvenWhenStderrDiffers() {
        assertEquals(Optional.empty(), ResultComparison.mismatch(new RunResult("a\n", "", 3, false),
                new RunResult("a\n", "noise", 3, false), "hl", TIMEOUT), "expected stderr to be ignored");
    }

    @Test
    void differentExitCodeIsReportedWithBothValues() {
        String message = ResultComparison.mismatch(new RunResult("", "", 3, false),
                new RunResult("", "", 0, false), "hl", TIMEOUT).orElseThrow();
        assertTrue(message.contains("expected exit code 3") && message.contains("exited with 0"),
                "expected both exit codes in: " + message);
    }

    @Test
    void differentStdoutShowsFirstDifferingLineWithMinusAndPlus() {
        String message = ResultComparison.mismatch(new RunResult("1\n2\n3\n", "", 0, false),
                new RunResult("1\n2\nX\n", "hotlink: boom", 0, false), "hl", TIMEOUT).orElseThrow();
        assertTrue(message.contains("line 3") && message.contains("- 3") && message.contains("+ X"),
                "expected a diff of line 3 in: " + message);
        assertTrue(message.contains("hotlink: boom"), "expected the runner's stderr in: " + message);
    }

    @Test
    void missingFinalNewlineIsAMismatch() {
        assertTrue(ResultComparison.mismatch(new RunResult("a\n", "", 0, false), new RunResult("a", "", 0, false),
                "hl", TIMEOUT).isPresent(), "expected a missing final newline (unflushed output) to count");
    }

    @Test
    void timeoutIsReportedWithTheLimit() {
        String message = ResultComparison.mismatch(new RunResult("", "", 0, false), new RunResult("", "", -1, true),
                "hl", TIMEOUT).orElseThrow();
        assertTrue(message.contains("timed out after 7 s"), "expected the time limit in: " + message);
    }
}
