package org.hotlink.itests.corpus;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Test that every corpus program, at -O0, -O1, -O2 (no vectorization) and -O0 -g, gives under
 * {@code bin/hotlink run} the same stdout and exit code as the native executable built from the same IR.
 */
class CorpusDifferentialTest {

    private static final Duration HOTLINK_TIMEOUT =
            Duration.ofSeconds(Long.getLong("corpus.hotlink.timeout.seconds", 60));
    private static final ComparisonSummary SUMMARY = new ComparisonSummary("corpus");
    private static final StageClock RUN_CLOCK = new StageClock();
    private static long runStart;

    @TestFactory
    Stream<DynamicTest> eachCorpusProgramAtEachLevelMatchesNative() {
        CorpusBuild corpus = CorpusBuild.shared();
        runStart = System.nanoTime();
        HotlinkRunner runner = HotlinkRunners.fromSystemProperties(
                CorpusCatalog.buildDir().resolve("hotlink-runs"));
        List<BuildOutcome> selected = corpus.outcomes().stream().filter(o -> isSelected(o.level())).toList();
        return DifferentialRun.tests(selected, runner, HOTLINK_TIMEOUT,
                DifferentialRun.TimeoutPolicy.FAIL, SUMMARY, RUN_CLOCK);
    }

    /**
     * Whether {@code level} is run: all levels, unless the system property {@code corpus.levels} lists some
     * (comma-separated {@link OptLevel} names such as "O0,O2") for quick runs while developing.
     */
    private static boolean isSelected(OptLevel level) {
        String levels = System.getProperty("corpus.levels", "");
        return levels.isBlank() || Arrays.asList(levels.split(",")).contains(level.name());
    }

    @AfterAll
    static void printSummary() {
        CorpusBuild corpus = CorpusBuild.shared();
        long runMillis = (System.nanoTime() - runStart) / 1_000_000;
        System.out.println(SUMMARY.format(HotlinkRunners.describe(), corpus.wallMillis() + runMillis,
                String.format(Locale.ROOT, "build stage wall %.1f s [%s]; run stage wall %.1f s [%s]",
                        corpus.wallMillis() / 1000.0, corpus.clock().format(), runMillis / 1000.0,
                        RUN_CLOCK.format())));
    }
}
