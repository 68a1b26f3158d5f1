package org.hotlink.itests.corpus;

import java.time.Duration;
import java.util.List;

/**
 * The whole C and IR corpus built once per JVM at every level, shared by the differential test and
 * the IR coverage test. The first caller pays for the (cached, parallel) build.
 */
final class CorpusBuild {

    private static final Duration NATIVE_TIMEOUT = Duration.ofSeconds(10);
    private static CorpusBuild shared;

    private final List<BuildOutcome> outcomes;
    private final StageClock clock;
    private final long wallMillis;

    private CorpusBuild(List<BuildOutcome> outcomes, StageClock clock, long wallMillis) {
        this.outcomes = outcomes;
        this.clock = clock;
        this.wallMillis = wallMillis;
    }

    /** Builds the corpus on first use; fails with a clear message when clang-19 is missing. */
    static synchronized CorpusBuild shared() {
        if (shared == null) {
            Toolchain.require(ReferenceBuilder.CLANG, "--version");
            StageClock clock = new StageClock();
            long start = System.nanoTime();
            ReferenceBuilder builder = new ReferenceBuilder(
                    CorpusCatalog.buildDir().resolve("corpus-cache"), NATIVE_TIMEOUT, clock);
            List<BuildOutcome> outcomes = ParallelBuild.buildAll(builder, CorpusCatalog.programs(),
                    CorpusProgram::levels);
            shared = new CorpusBuild(outcomes, clock, (System.nanoTime() - start) / 1_000_000);
        }
        return shared;
    }

    List<BuildOutcome> outcomes() {
        return outcomes;
    }

    StageClock clock() {
        return clock;
    }

    /** Wall time of the build stage (IR, native executables and native runs, in parallel). */
    long wallMillis() {
        return wallMillis;
    }
}
