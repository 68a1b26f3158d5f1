package org.hotlink.engine.impl.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.hotlink.engine.ReclamationPolicy;
import org.hotlink.linker.CodeRange;
import org.junit.jupiter.api.Test;

/** Grace periods of {@link QuiescentReclaimer} against real native and Java reader threads. */
class QuiescentReclaimerTest {
    /** Long enough for several polls (backoff at most 20 ms): not released by then means held back. */
    private static final long HELD_MILLIS = 200;
    private static final long RELEASE_TIMEOUT_MILLIS = 10_000;
    private static final long BYTES = 4096;

    @Test
    void gracePeriodWaitsForAnOnlineThreadUntilItPassesAQuiescentPoint() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            NativeTestThread thread = NativeTestThread.spawn(engine, "wait_then_quiesce", 0);
            awaitFlag(engine.global("started"));
            ObservedAllocation data = new ObservedAllocation(0x1000, BYTES);

            engine.reclaimer.retire(List.of(data.retired(List.of())));

            assertFalse(data.awaitRelease(HELD_MILLIS),
                    "expected no release while the online thread has not passed a quiescent point");
            assertEquals(BYTES, engine.reclaimer.retiredBytes(), "expected the bytes counted as waiting");
            engine.global("go").setLong(0, 1);
            assertTrue(data.awaitRelease(RELEASE_TIMEOUT_MILLIS),
                    "expected release once the thread passed a quiescent point, while it still runs");
            assertFalse(thread.finished(), "expected the thread still running when the memory was released");
            engine.global("stop").setLong(0, 1);
            assertEquals(7, thread.join(), "expected the thread's function to return 7");
            // The reclaimer counts the bytes right after release() returns.
            awaitFreedBytes(engine.reclaimer, BYTES);
            assertEquals(0, engine.reclaimer.retiredBytes(), "expected nothing left waiting");
            assertEquals(1, data.releases(), "expected exactly one release() call");
        }
    }

    @Test
    void threadsThatNeverRegisteredOrHaveEndedDoNotBlock() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            engine.global("stop").setLong(0, 1);
            NativeTestThread ended = NativeTestThread.spawn(engine, "quiescent_loop", 0);
            assertEquals(42, ended.join(), "expected the loop to return 42");
            engine.global("stop").setLong(0, 0);
            NativeTestThread unregistered = NativeTestThread.startUnregistered(engine, "spin_unregistered");
            awaitFlag(engine.global("started"));
            ObservedAllocation data = new ObservedAllocation(0x1000, BYTES);

            engine.reclaimer.retire(List.of(data.retired(List.of())));

            assertTrue(data.awaitRelease(RELEASE_TIMEOUT_MILLIS),
                    "expected release with only an ended and an unregistered thread around");
            engine.global("stop").setLong(0, 1);
            unregistered.join();
        }
    }

    @Test
    void codeARunningLoopReturnsIntoIsKeptUntilTheLoopReturns() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            CodeRange loop = loopCode(engine);
            NativeTestThread thread = NativeTestThread.spawn(engine, "quiescent_loop", 0);
            Pointer iterations = engine.global("iterations");
            awaitFlag(iterations);
            ObservedAllocation code = new ObservedAllocation(loop.start(), loop.size());
            ObservedAllocation elsewhere = new ObservedAllocation(0x1000, BYTES);

            engine.reclaimer.retire(List.of(code.retired(List.of(loop))));
            engine.reclaimer.retire(List.of(elsewhere.retired(List.of(new CodeRange("elsewhere", 0x1000, BYTES)))));

            assertTrue(elsewhere.awaitRelease(RELEASE_TIMEOUT_MILLIS),
                    "expected code no thread returns into to be released while the loop runs");
            long before = iterations.getLong(0);
            assertFalse(code.awaitRelease(HELD_MILLIS), "expected the running loop's code kept");
            assertTrue(iterations.getLong(0) > before,
                    "expected the loop to have passed quiescent points while its code was kept");
            engine.global("stop").setLong(0, 1);
            assertEquals(42, thread.join(), "expected the loop to return 42");
            assertTrue(code.awaitRelease(RELEASE_TIMEOUT_MILLIS), "expected the loop's code released after it returned");
        }
    }

    @Test
    void aThreadThatFindsTheRegistryFullHoldsBackAllReclamationUntilItEnds() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            int records = ReaderRecordLayout.RECORDS;
            List<NativeTestThread> threads = new ArrayList<>();
            try {
                for (int i = 0; i < records; i++) {
                    threads.add(NativeTestThread.spawn(engine, "sleepy_reader", engine.address("stop")));
                }
                awaitCount(engine.global("running"), records);
                assertEquals(0, engine.reclaimer.registry().untrackedThreads(), "expected every thread to get a record");
                NativeTestThread extra = NativeTestThread.spawn(engine, "sleepy_reader", engine.address("stop_extra"));
                threads.add(extra);
                awaitCount(engine.global("running"), records + 1);
                assertEquals(1, engine.reclaimer.registry().untrackedThreads(), "expected one thread without a record");
                ObservedAllocation data = new ObservedAllocation(0x1000, BYTES);

                engine.reclaimer.retire(List.of(data.retired(List.of())));

                assertFalse(data.awaitRelease(HELD_MILLIS), "expected no release while an untracked thread runs");
                engine.global("stop_extra").setLong(0, 1);
                extra.join();
                assertEquals(0, engine.reclaimer.registry().untrackedThreads(), "expected the untracked count back at 0");
                assertTrue(data.awaitRelease(RELEASE_TIMEOUT_MILLIS),
                        "expected release once the untracked thread ended and the others passed quiescent points");
            } finally {
                engine.global("stop").setLong(0, 1);
                engine.global("stop_extra").setLong(0, 1);
                for (NativeTestThread thread : threads) {
                    thread.join();
                }
            }
        }
    }

    @Test
    void policyNeverReleasesNothingAndCountsTheBytes() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.NEVER, ReaderPrograms.IR)) {
            ObservedAllocation data = new ObservedAllocation(0x1000, BYTES);

            engine.reclaimer.retire(List.of(data.retired(List.of())));

            assertFalse(data.awaitRelease(HELD_MILLIS), "expected no release under policy NEVER");
            assertEquals(BYTES, engine.reclaimer.retiredBytes(), "expected the bytes counted as retired");
            assertEquals(0, engine.reclaimer.freedBytes(), "expected nothing freed");
            assertEquals(0, engine.reclaimer.registry().currentEpoch(), "expected the epoch never advanced");
        }
    }

    @Test
    void javaEntriesNestAndOnlyTheOutermostCloseGoesOffline() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            ObservedAllocation data = new ObservedAllocation(0x1000, BYTES);
            QuiescentReclaimer.ReaderScope outer = engine.reclaimer.enterJava();
            assertEquals(1, engine.reclaimer.registry().onlineReaders().size(), "expected this thread online");

            engine.reclaimer.retire(List.of(data.retired(List.of())));

            try (QuiescentReclaimer.ReaderScope inner = engine.reclaimer.enterJava()) {
                assertFalse(data.awaitRelease(HELD_MILLIS), "expected no release while this thread is online");
            }
            assertFalse(data.awaitRelease(HELD_MILLIS), "expected closing the inner entry to keep the thread online");
            outer.close();
            assertEquals(0, engine.reclaimer.registry().onlineReaders().size(), "expected this thread offline");
            assertTrue(data.awaitRelease(RELEASE_TIMEOUT_MILLIS), "expected release once the thread went offline");
        }
    }

    @Test
    void aJavaThreadThatEntersAfterTheRetirementDoesNotBlockIt() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            ObservedAllocation data = new ObservedAllocation(0x1000, BYTES);

            engine.reclaimer.retire(List.of(data.retired(List.of())));

            try (QuiescentReclaimer.ReaderScope scope = engine.reclaimer.enterJava()) {
                assertTrue(data.awaitRelease(RELEASE_TIMEOUT_MILLIS),
                        "expected a reader that came online after the retirement not to hold it");
            }
        }
    }

    @Test
    void aDaemonThreadWaitsForGracePeriodsFromTheFirstRetirementUntilClose() throws Exception {
        ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR);
        try {
            Set<Thread> before = reclaimerThreads();
            engine.reclaimer.enterJava().close();
            assertEquals(before, reclaimerThreads(), "expected no reclaimer thread before anything is retired");
            engine.reclaimer.retire(List.of(new ObservedAllocation(0x1000, BYTES).retired(List.of())));
            Set<Thread> started = reclaimerThreads();
            started.removeAll(before);
            assertEquals(1, started.size(), "expected one new thread named " + QuiescentReclaimer.THREAD_NAME);
            Thread thread = started.iterator().next();
            assertTrue(thread.isDaemon(), "expected the reclaimer thread to be a daemon");
            engine.reclaimer.close();
            assertFalse(thread.isAlive(), "expected close() to stop the reclaimer thread");
        } finally {
            engine.close();
        }
    }

    @Test
    void aJavaEntryClosedOnAnotherThreadIsRefused() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            try (QuiescentReclaimer.ReaderScope scope = engine.reclaimer.enterJava()) {
                Throwable failure = CompletableFuture.runAsync(scope::close).handle((ok, error) -> error).get();
                assertTrue(failure != null && failure.getCause() instanceof IllegalStateException,
                        "expected IllegalStateException closing another thread's entry, got " + failure);
            }
            assertEquals(0, engine.reclaimer.registry().onlineReaders().size(),
                    "expected the owning thread's close to take it offline");
        }
    }

    private static Set<Thread> reclaimerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(QuiescentReclaimer.THREAD_NAME) && t.isAlive())
                .collect(Collectors.toSet());
    }

    /** The machine code of @quiescent_loop: from its body to the body of the function after it. */
    static CodeRange loopCode(ReclaimTestEngine engine) {
        long start = engine.functionBody("quiescent_loop");
        long end = engine.functionBody("after_quiescent_loop");
        assertTrue(end > start && end - start < 4096,
                "expected @after_quiescent_loop placed right after @quiescent_loop, got " + start + ", " + end);
        return new CodeRange("quiescent_loop", start, end - start);
    }

    static void awaitFreedBytes(QuiescentReclaimer reclaimer, long bytes) throws InterruptedException {
        long deadline = System.nanoTime() + RELEASE_TIMEOUT_MILLIS * 1_000_000;
        while (reclaimer.freedBytes() != bytes) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + bytes + " bytes counted as freed, got " + reclaimer.freedBytes());
            }
            Thread.sleep(1);
        }
    }

    static void awaitCount(Pointer counter, long count) throws InterruptedException {
        long deadline = System.nanoTime() + RELEASE_TIMEOUT_MILLIS * 1_000_000;
        while (counter.getLong(0) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " native threads started, got " + counter.getLong(0));
            }
            Thread.sleep(1);
        }
    }

    static void awaitFlag(Pointer flag) throws InterruptedException {
        long deadline = System.nanoTime() + RELEASE_TIMEOUT_MILLIS * 1_000_000;
        while (flag.getLong(0) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected the native thread to start within " + RELEASE_TIMEOUT_MILLIS + " ms");
            }
            Thread.sleep(1);
        }
    }
}
