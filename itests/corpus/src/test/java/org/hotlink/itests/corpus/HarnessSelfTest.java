package org.hotlink.itests.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Test that the differential harness itself works: running a subset of the corpus through LLVM's lli-19
 * (a correct stand-in for Hotlink) must match the native references at every level.
 */
class HarnessSelfTest {

    /**
     * Programs lli-19 runs correctly, chosen to cover output, exit codes, args, callbacks and extra modules.
     * Not args_and_env: lli-19 hands main an envp whose PATH differs from its own getenv("PATH").
     */
    static final Set<String> SUBSET = Set.of("hello", "exit_code_3", "exit_in_nested_call", "args_numeric",
            "qsort_bsearch", "struct_by_value", "varargs_define", "float_compare_nan", "switch_tables",
            "multi_main", "va_arg_instruction.ll");

    private static final ComparisonSummary SUMMARY = new ComparisonSummary("harness self-test");
    private static final StageClock CLOCK = new StageClock();
    private static long start;

    @TestFactory
    Stream<DynamicTest> lliMatchesNativeOnCorpusSubset() {
        start = System.nanoTime();
        Toolchain.require(LliRunner.LLI, "--version");
        List<BuildOutcome> subset = CorpusBuild.shared().outcomes().stream()
                .filter(o -> SUBSET.contains(o.testName().substring(0, o.testName().indexOf(' ')))).toList();
        return DifferentialRun.tests(subset, new LliRunner(CorpusCatalog.buildDir().resolve("lli-runs")),
                Duration.ofSeconds(30), DifferentialRun.TimeoutPolicy.FAIL, SUMMARY, CLOCK);
    }

    @Test
    void subsetNamesExistInCorpus() {
        Set<String> names = Set.copyOf(CorpusCatalog.programs().stream().map(CorpusProgram::name).toList());
        List<String> missing = SUBSET.stream().filter(n -> !names.contains(n)).sorted().toList();
        if (System.getProperty("corpus.filter", "").isEmpty()) {
            assertEquals(List.of(), missing, "expected every program of the self-test subset to exist in the corpus");
        }
    }

    @AfterAll
    static void printSummary() {
        System.out.println(SUMMARY.format(LliRunner.LLI, (System.nanoTime() - start) / 1_000_000, CLOCK.format()));
    }
}
