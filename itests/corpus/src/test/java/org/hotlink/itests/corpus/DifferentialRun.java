package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns built programs into dynamic tests: each runs one (program, level) through a {@link HotlinkRunner}
 * and compares stdout and exit code with the native reference, recording the outcome in a summary.
 */
final class DifferentialRun {

    /** What a runner time-out means for the test. */
    enum TimeoutPolicy {
        /** A time-out fails the test. */
        FAIL,
        /** A time-out is only counted; a separate check bounds how many there may be. */
        COUNT
    }

    private static final KnownFailures KNOWN_FAILURES = KnownFailures.load();

    private DifferentialRun() {
    }

    static Stream<DynamicTest> tests(List<BuildOutcome> outcomes, HotlinkRunner runner, Duration timeout,
                                     TimeoutPolicy policy, ComparisonSummary summary, StageClock clock) {
        HotlinkRunner ahead = PrefetchingRunner.wrap(runner, outcomes, timeout);
        return outcomes.stream().map(outcome -> DynamicTest.dynamicTest(outcome.testName(), () -> {
            BuiltProgram built;
            try {
                built = outcome.orFail();
            } catch (AssertionError e) {
                summary.record(outcome.level(), ComparisonSummary.Outcome.FAILED);
                throw e;
            }
            compare(built, ahead, timeout, policy, summary, clock);
        }));
    }

    private static void compare(BuiltProgram built, HotlinkRunner runner, Duration timeout, TimeoutPolicy policy,
                                ComparisonSummary summary, StageClock clock) {
        RunResult actual;
        try {
            actual = clock.time(runner.name() + " run",
                    () -> runner.run(built.mainLl(), built.extraLls(), built.program().args(), timeout));
        } catch (IOException e) {
            summary.record(built.level(), ComparisonSummary.Outcome.FAILED);
            fail("expected " + runner.name() + " to run " + built.testName() + ", but: " + e.getMessage(), e);
            return;
        }
        if (actual.timedOut() && policy == TimeoutPolicy.COUNT) {
            summary.record(built.level(), ComparisonSummary.Outcome.TIMED_OUT);
            return;
        }
        Optional<String> mismatch = ResultComparison.mismatch(built.nativeResult(), actual, runner.name(), timeout);
        Optional<String> known = KNOWN_FAILURES.reason(built.testName());
        if (known.isPresent()) {
            summary.record(built.level(), ComparisonSummary.Outcome.KNOWN_FAILURE);
            if (mismatch.isEmpty()) {
                fail(built.testName() + " is listed in known-failures.txt (" + known.get()
                        + ") but now matches native: remove it from the list");
            }
            return;
        }
        summary.record(built.level(), mismatch.isEmpty() ? ComparisonSummary.Outcome.PASSED
                : actual.timedOut() ? ComparisonSummary.Outcome.TIMED_OUT : ComparisonSummary.Outcome.FAILED);
        mismatch.ifPresent(m -> fail(built.testName() + " (" + built.mainLl() + "):\n" + m));
    }
}
