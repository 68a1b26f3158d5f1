package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Test that every committed csmith seed, at -O0 and -O2 (no vectorization), prints the same checksum and
 * exits the same under {@code bin/hotlink run} as natively. Any mismatch fails; at most 10% of the seeds of
 * a level may time out in Hotlink. The system property {@code csmith.limit} runs only the first N seeds.
 */
class CsmithDifferentialTest {

    private static final Duration NATIVE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration HOTLINK_TIMEOUT =
            Duration.ofSeconds(Long.getLong("csmith.hotlink.timeout.seconds", 30));
    private static final double MAX_TIMEOUT_FRACTION = 0.10;
    private static final ComparisonSummary SUMMARY = new ComparisonSummary("csmith");
    private static final StageClock CLOCK = new StageClock();
    private static long start;

    @TestFactory
    Stream<DynamicTest> eachCsmithSeedAtO0AndO2MatchesNative() throws IOException {
        start = System.nanoTime();
        Toolchain.require(CsmithGenerator.CSMITH, "--version");
        Toolchain.require(ReferenceBuilder.CLANG, "--version");
        CsmithSeedList list = CsmithSeedList.load();
        List<Long> seeds = list.seeds().subList(0, Math.min(list.seeds().size(),
                Integer.getInteger("csmith.limit", Integer.MAX_VALUE)));
        CsmithGenerator generator = new CsmithGenerator(CorpusCatalog.buildDir().resolve("csmith"), list.options(),
                CLOCK);
        List<CorpusProgram> programs = new ArrayList<>();
        for (long seed : seeds) {
            programs.add(generator.program(seed));
        }
        ReferenceBuilder builder = new ReferenceBuilder(CorpusCatalog.buildDir().resolve("csmith-cache"),
                NATIVE_TIMEOUT, CLOCK);
        List<BuildOutcome> outcomes = ParallelBuild.buildAll(builder, programs, p -> OptLevel.forCsmith());
        HotlinkRunner runner = HotlinkRunners.fromSystemProperties(CorpusCatalog.buildDir().resolve("hotlink-runs"));
        Stream<DynamicTest> comparisons = DifferentialRun.tests(outcomes, runner, HOTLINK_TIMEOUT,
                DifferentialRun.TimeoutPolicy.COUNT, SUMMARY, CLOCK);
        DynamicTest budget = DynamicTest.dynamicTest("at most 10% of csmith seeds per level time out", () -> {
            int allowed = (int) Math.floor(seeds.size() * MAX_TIMEOUT_FRACTION);
            for (OptLevel level : OptLevel.forCsmith()) {
                int timedOut = SUMMARY.count(level, ComparisonSummary.Outcome.TIMED_OUT);
                assertTrue(timedOut <= allowed, "expected at most " + allowed + " time-outs at " + level.label()
                        + " (10% of " + seeds.size() + " seeds), but " + timedOut + " seeds timed out");
            }
        });
        return Stream.concat(comparisons, Stream.of(budget));
    }

    @AfterAll
    static void printSummary() {
        System.out.println(SUMMARY.format(HotlinkRunners.describe(), (System.nanoTime() - start) / 1_000_000,
                String.format(Locale.ROOT, "%d build threads; %s", ParallelBuild.THREADS, CLOCK.format())));
    }
}
