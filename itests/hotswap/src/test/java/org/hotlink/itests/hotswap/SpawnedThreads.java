package org.hotlink.itests.hotswap;

import java.time.Duration;
import java.util.List;
import org.hotlink.engine.Engine;
import org.hotlink.engine.NativeThread;

/** Ending a test that spawned native threads, also when it failed half-way. */
final class SpawnedThreads {
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private SpawnedThreads() {
    }

    /**
     * Calls the compiled {@code stopFunction} (which makes the threads' loops return) if some thread
     * still runs, waits a bounded time for all to return, and closes the engine only if they did:
     * freeing code a native thread still runs would crash the JVM, so a stuck engine is left open
     * (and says so on stderr).
     */
    static void stopThenClose(Engine engine, String stopFunction, List<NativeThread> threads) {
        if (!threads.stream().allMatch(NativeThread::isFinished)) {
            try {
                engine.invokeVoid(stopFunction);
                long deadline = System.nanoTime() + STOP_WAIT.toNanos();
                while (!threads.stream().allMatch(NativeThread::isFinished) && System.nanoTime() - deadline < 0) {
                    Thread.sleep(5);
                }
            } catch (Throwable e) { // cleanup after a failure must not hide that failure with its own
                System.err.println("could not stop the native threads with @" + stopFunction + ": " + e);
            }
            if (!threads.stream().allMatch(NativeThread::isFinished)) {
                System.err.println("native threads still running after @" + stopFunction + ": the engine is left open");
                return;
            }
        }
        engine.close();
    }
}
