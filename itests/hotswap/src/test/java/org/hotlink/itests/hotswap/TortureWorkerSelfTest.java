package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hotlink.engine.Engine;
import org.hotlink.engine.NativeThread;
import org.junit.jupiter.api.Test;

/**
 * Test that the torture test's worker loop ({@link VersionedFunction}) does detect what
 * {@link HotSwapTortureTest} asserts never happens: a value that is no version's, and a value
 * smaller than the one before. Without this, a worker that recorded nothing would pass the torture test.
 */
class TortureWorkerSelfTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int THREAD = 2;

    @Test
    void workerRecordsOffGridValuesAndDecreases() throws Exception {
        Engine engine = Engines.create();
        List<NativeThread> threads = new ArrayList<>();
        try {
            engine.add("versioned", VersionedFunction.versionModule(5));
            engine.add("worker", VersionedFunction.workerModule());
            Pointer iterations = global(engine, "iterations");
            threads.add(engine.spawn("worker", THREAD));
            awaitIterations(iterations);

            // Version 2 after version 5: a decrease. Then a value between two versions' values.
            engine.redefine("versioned", VersionedFunction.versionModule(2));
            awaitIterations(iterations);
            long offGrid = VersionedFunction.value(3) + 1;
            engine.redefine("versioned", Ir.module("define i64 @version() {\n  ret i64 " + offGrid + "\n}\n"));
            awaitIterations(iterations);
            engine.invokeVoid("request_stop");
            Waits.join(threads.get(0), WAIT, "worker " + THREAD);

            assertEquals(1, global(engine, "decreases").getLong(8L * THREAD), "one decrease recorded: value(5) to value(2)");
            assertEquals(offGrid, global(engine, "first_invalid").getLong(8L * THREAD), "the off-grid value is recorded");
            assertEquals(VersionedFunction.value(5), global(engine, "max_seen").getLong(8L * THREAD),
                    "the largest value seen is version 5's");
            assertEquals(0, global(engine, "invalid").getLong(0), "thread slot 0 was not used and recorded nothing");
        } finally {
            SpawnedThreads.stopThenClose(engine, "request_stop", threads);
        }
    }

    /** Waits for the worker to complete two more iterations, so it has called the current version. */
    private static void awaitIterations(Pointer iterations) throws InterruptedException {
        long before = iterations.getLong(8L * THREAD);
        Waits.until(() -> iterations.getLong(8L * THREAD) >= before + 2, WAIT, () -> "the worker to iterate");
    }

    private static Pointer global(Engine engine, String name) {
        return new Pointer(engine.lookup(name).orElseThrow());
    }
}
