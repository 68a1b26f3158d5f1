package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hotlink.engine.CompileMode;
import org.hotlink.engine.Engine;
import org.hotlink.engine.ModuleSource;
import org.hotlink.engine.NativeThread;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.memory.MemoryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Test that a function redefined thousands of times under four native threads calling it in a tight
 * loop never crashes them, never shows them a value no version returned, never goes backwards for
 * a thread, and (with reclamation) does not make committed memory grow without bound. The modules
 * are {@link VersionedFunction}'s.
 */
class HotSwapTortureTest {
    private static final int REDEFINITIONS = 10_000;
    /**
     * Wall-time bound of each variant's redefinition loop: on a slow or loaded machine it stops early
     * and logs how many it did. Two variants of 30 s keep the module within about two minutes; the four
     * spinning workers leave the redefining thread little of two cores (60 to 600 redefinitions/s
     * measured on the shared 2-core build machine, against 1,000 to 3,000/s without workers).
     */
    private static final Duration REDEFINITION_BUDGET = Duration.ofSeconds(30);
    /** Committed memory after this many redefinitions is the baseline of the growth bound. */
    private static final int BASELINE_REDEFINITIONS = 100;
    private static final Duration THREAD_WAIT = Duration.ofSeconds(30);

    /** Lazy variant's bound: every redefinition also compiles on a worker thread (through a JNA callback). */
    private static final Duration LAZY_REDEFINITION_BUDGET = Duration.ofSeconds(15);

    @Test
    void redefinitionsUnderFourThreadsWithQuiescentReclamation() throws Exception {
        Outcome outcome = torture(ReclamationPolicy.QUIESCENT, CompileMode.EAGER, REDEFINITION_BUDGET);
        outcome.assertCommittedMemoryBounded();
    }

    /**
     * Lazily: each redefinition puts the function behind its compile trampoline again, so the four
     * workers race to compile every version while reclamation frees the old ones. No deadlock, every
     * version compiled once at most, and the same guarantees.
     */
    @Test
    void lazyRedefinitionsUnderFourThreadsWithQuiescentReclamation() throws Exception {
        Outcome outcome = torture(ReclamationPolicy.QUIESCENT, CompileMode.LAZY, LAZY_REDEFINITION_BUDGET);
        outcome.assertCommittedMemoryBounded();
        // Version 0 and the worker module's few functions, then at most one compilation per version
        // (none for a version replaced before any worker called it); four racing compilers would give up to 4x.
        assertTrue(outcome.compiled <= outcome.published + 10, "each version compiled at most once ("
                + outcome.compiled + " functions compiled for " + outcome.published + " redefinitions)");
    }

    /** The same without reclamation: everything but the growth bound, which NEVER cannot meet. */
    @Test
    void redefinitionsUnderFourThreadsWithoutReclamation() throws Exception {
        torture(ReclamationPolicy.NEVER, CompileMode.EAGER, REDEFINITION_BUDGET);
    }

    /** What the threads recorded, read after they stopped, and the engine's memory at two points. */
    private record Outcome(int published, long[] maxSeen, long[] decreases, long[] invalid, long[] firstInvalid,
                           long[] iterations, MemoryStatistics baseline, MemoryStatistics end, long compiled) {
        void assertCommittedMemoryBounded() {
            assertTrue(end.committed() <= 2 * baseline.committed(),
                    "committed bytes at the end (" + end.committed() + ") at most twice those after "
                            + BASELINE_REDEFINITIONS + " redefinitions (" + baseline.committed()
                            + "): retired code is reused; end " + end + ", baseline " + baseline);
        }

        void assertThreadsSawOnlyVersionsInOrder() {
            assertTrue(published >= BASELINE_REDEFINITIONS, "at least " + BASELINE_REDEFINITIONS
                    + " redefinitions within " + REDEFINITION_BUDGET.toSeconds() + " s, did " + published);
            for (int t = 0; t < VersionedFunction.THREADS; t++) {
                assertEquals(0, invalid[t], "thread " + t + " saw only version values; the first other value was "
                        + firstInvalid[t]);
                assertEquals(0, decreases[t], "thread " + t + " never saw a value smaller than the one before");
                assertEquals(VersionedFunction.value(published), maxSeen[t], "thread " + t
                        + " ended seeing the last version (" + published + ") and none beyond it");
                assertTrue(iterations[t] > 0, "thread " + t + " ran its loop");
            }
        }
    }

    private static Outcome torture(ReclamationPolicy policy, CompileMode mode, Duration budget) throws Exception {
        Engine engine = Engines.create(policy);
        List<NativeThread> threads = new ArrayList<>();
        try {
            engine.addModule("versioned", "versioned.ll", VersionedFunction.versionModule(0), mode);
            engine.addModule("worker", "worker.ll", VersionedFunction.workerModule(), mode);
            Pointer iterations = globalPointer(engine, "iterations");
            for (int t = 0; t < VersionedFunction.THREADS; t++) {
                threads.add(engine.spawn("worker", t));
            }
            Waits.until(() -> min(read(iterations)) > 0, THREAD_WAIT, () -> "every worker to start its loop");

            long start = System.nanoTime();
            MemoryStatistics baseline = null;
            int published = 0;
            while (published < REDEFINITIONS && System.nanoTime() - start < budget.toNanos()) {
                engine.redefineAll(List.of(new ModuleSource("versioned", "versioned.ll",
                        VersionedFunction.versionModule(published + 1))), mode);
                published++;
                if (published == BASELINE_REDEFINITIONS) {
                    baseline = engine.memory();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("torture %s %s: %d of %d redefinitions in %.1f s (%.0f/s)%s%n", policy, mode, published,
                    REDEFINITIONS, seconds, published / seconds,
                    published < REDEFINITIONS ? ", stopped early by the wall-time bound" : "");

            // Each thread must go round its loop a few more times, so its last calls start after the
            // last redefinition was published and must see the last version.
            long[] afterLast = read(iterations);
            Waits.until(() -> allAhead(read(iterations), afterLast, 3), THREAD_WAIT,
                    () -> "every worker to run 3 more iterations after the last redefinition");

            engine.invokeVoid("request_stop");
            for (int t = 0; t < threads.size(); t++) {
                Waits.join(threads.get(t), THREAD_WAIT, "worker " + t);
            }
            MemoryStatistics end = engine.memory();
            System.out.printf("torture %s: memory after %d redefinitions %s, at the end %s, iterations %s%n", policy,
                    BASELINE_REDEFINITIONS, baseline, end, Arrays.toString(read(iterations)));
            Outcome outcome = new Outcome(published, read(globalPointer(engine, "max_seen")),
                    read(globalPointer(engine, "decreases")), read(globalPointer(engine, "invalid")),
                    read(globalPointer(engine, "first_invalid")), read(iterations),
                    baseline == null ? end : baseline, end, engine.statistics().functionsCompiled());
            outcome.assertThreadsSawOnlyVersionsInOrder();
            return outcome;
        } finally {
            SpawnedThreads.stopThenClose(engine, "request_stop", threads);
        }
    }

    private static Pointer globalPointer(Engine engine, String name) {
        return new Pointer(engine.lookup(name).orElseThrow(() -> new AssertionError("@" + name + " is defined")));
    }

    /** The per-thread array of i64 at {@code global}; the workers store with plain or monotonic moves. */
    private static long[] read(Pointer global) {
        return global.getLongArray(0, VersionedFunction.THREADS);
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static boolean allAhead(long[] now, long[] before, long by) {
        for (int t = 0; t < now.length; t++) {
            if (now[t] < before[t] + by) {
                return false;
            }
        }
        return true;
    }
}
