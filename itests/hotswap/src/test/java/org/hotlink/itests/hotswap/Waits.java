package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hotlink.engine.NativeThread;

/**
 * Bounded waits. A native thread cannot be interrupted from Java, so {@link NativeThread#join()} is
 * only called once {@link NativeThread#isFinished()} says it will not block.
 */
final class Waits {
    private static final long POLL_MILLIS = 2;

    private Waits() {
    }

    /** Polls {@code condition} until it holds; fails with {@code what} and the elapsed time when {@code limit} passes. */
    static void until(BooleanSupplier condition, Duration limit, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("not within " + limit.toMillis() + " ms: " + what.get());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Waits for {@code thread} to return within {@code limit}, then gives its return value. */
    static long join(NativeThread thread, Duration limit, String name) throws InterruptedException {
        until(thread::isFinished, limit, () -> "native thread " + name + " to return");
        return thread.join();
    }
}
