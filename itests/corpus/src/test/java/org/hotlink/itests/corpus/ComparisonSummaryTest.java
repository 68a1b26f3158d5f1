package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tests of {@link ComparisonSummary}: counts per level and the printed line. */
class ComparisonSummaryTest {

    @Test
    void countsOutcomesPerLevelAndPrintsThem() {
        ComparisonSummary summary = new ComparisonSummary("corpus");
        summary.record(OptLevel.O0, ComparisonSummary.Outcome.PASSED);
        summary.record(OptLevel.O0, ComparisonSummary.Outcome.FAILED);
        summary.record(OptLevel.O2, ComparisonSummary.Outcome.TIMED_OUT);
        assertEquals(1, summary.count(OptLevel.O2, ComparisonSummary.Outcome.TIMED_OUT),
                "expected one time-out at -O2");
        assertEquals(0, summary.count(OptLevel.O1, ComparisonSummary.Outcome.PASSED), "expected nothing at -O1");
        String line = summary.format("fake", 1500, "stages");
        assertTrue(line.contains("-O0: 2 compared, 1 passed, 1 failed, 0 timed out, 0 known failures;"), "expected -O0 counts in: " + line);
        assertTrue(line.contains("-O2: 1 compared, 0 passed, 0 failed, 1 timed out, 0 known failures;"), "expected -O2 counts in: " + line);
        assertTrue(line.contains("wall 1.5 s (stages)"), "expected the wall time in: " + line);
    }
}
