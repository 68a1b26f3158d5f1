package org.hotlink.engine.impl.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.hotlink.engine.ReclamationPolicy;
import org.junit.jupiter.api.Test;

/**
 * Measures what one {@code hotlink_quiescent()} costs a registered native thread (a spawned audio
 * loop calls it 44,100 times a second): on the fast path (nothing waits for a grace period) and
 * while something waits (every call walks and compares the frames). Prints the figures; asserts
 * only that the loops ran, as the machine's load decides the times.
 */
class QuiescentPointCostTest {
    private static final long CALLS = 1_000_000;
    private static final int RUNS = 5;

    @Test
    void printsTheCostOfAQuiescentPointInNanoseconds() throws Exception {
        try (ReclaimTestEngine engine = ReclaimTestEngine.create(ReclamationPolicy.QUIESCENT, ReaderPrograms.IR)) {
            double empty = run(engine, "empty_bench", CALLS);
            double idle = run(engine, "quiescent_bench", CALLS);
            engine.reclaimer.registry().addWaiting(1);
            double waiting = run(engine, "quiescent_bench", CALLS);
            engine.reclaimer.registry().addWaiting(-1);
            System.out.printf(Locale.ROOT, "hotlink_quiescent on a spawned thread: %.1f ns/call with nothing"
                    + " waiting, %.1f ns/call while a grace period is pending (an empty call: %.1f ns)%n",
                    idle, waiting, empty);
        }
    }

    /**
     * Runs the bench function on a spawned (registered) thread a few times; the best nanoseconds
     * per iteration, the run least disturbed by other load on the machine.
     */
    private static double run(ReclaimTestEngine engine, String function, long calls) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            long result = NativeTestThread.spawn(engine, function, calls).join();
            long elapsed = System.nanoTime() - start;
            assertEquals(calls, result, "expected @" + function + " to return its iteration count");
            best = Math.min(best, (double) elapsed / calls);
        }
        return best;
    }
}
