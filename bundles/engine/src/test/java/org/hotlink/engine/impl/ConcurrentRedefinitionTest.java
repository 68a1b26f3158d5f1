package org.hotlink.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that Java threads calling compiled code while it is redefined and reclaimed only ever run
 * complete, published versions, and never go back to an older one.
 *
 * <p>An old frame of {@code @value} that calls the internal {@code @low} after a redefinition
 * reaches the new {@code @low}: internal functions are matched by name and share a stub across
 * versions like global ones (docs/hot-swap.md), and a batch publishes one slot per function. So a
 * call may combine two versions; what must hold is that each part is a version that was
 * published, and that what one thread sees never goes backwards.
 */
class ConcurrentRedefinitionTest {
    private static final String HEADER = "target triple = \"x86_64-pc-linux-gnu\"\n";
    private static final int VERSIONS = 40;

    /** Version v returns v * 1000 + v through a helper, so which version ran each part shows. */
    private static String version(int v) {
        return HEADER + "define internal i64 @low() {\n  ret i64 " + v + "\n}\n"
                + "define i64 @value() {\n  %l = call i64 @low()\n  %r = add i64 %l, " + (v * 1000L) + "\n"
                + "  ret i64 %r\n}\n";
    }

    @Test
    void callersSeeOnlyWholeVersionsWhileOldCodeIsFreed() throws Exception {
        try (Engine engine = TestEngines.create()) {
            engine.add("lib", version(1));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<String> failure = new AtomicReference<>();
            AtomicLong calls = new AtomicLong();
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread caller = new Thread(() -> {
                    long lastValue = 0;
                    long lastLow = 0;
                    try {
                        while (!stop.get()) {
                            long result = engine.invokeLong("value");
                            long valueVersion = result / 1000;
                            long lowVersion = result % 1000;
                            if (valueVersion < 1 || valueVersion > VERSIONS || lowVersion < 1 || lowVersion > VERSIONS) {
                                failure.compareAndSet(null, "a call returned " + result + ", no published version");
                            } else if (valueVersion < lastValue || lowVersion < lastLow) {
                                failure.compareAndSet(null, "a call returned " + result + " after one had seen versions "
                                        + lastValue + " and " + lastLow);
                            }
                            lastValue = Math.max(lastValue, valueVersion);
                            lastLow = Math.max(lastLow, lowVersion);
                            calls.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failure.compareAndSet(null, e.toString());
                    }
                });
                caller.start();
                callers.add(caller);
            }
            for (int v = 2; v <= VERSIONS; v++) {
                engine.redefine("lib", version(v));
                Thread.sleep(2);
            }
            stop.set(true);
            for (Thread caller : callers) {
                caller.join();
            }
            assertEquals(null, failure.get(), "every call ran published versions, never older ones");
            assertTrue(calls.get() > 0, "the callers made calls");
            assertEquals(VERSIONS * 1000L + VERSIONS, engine.invokeLong("value"), "the last version is in effect");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (engine.memory().freed() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(engine.memory().freed() > 0, "replaced versions are freed: " + engine.memory());
        }
    }
}
