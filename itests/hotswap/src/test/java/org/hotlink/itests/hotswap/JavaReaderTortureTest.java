package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that Java threads inside {@code invoke*} are readers for reclamation: two Java threads call
 * a function that spins for tens of microseconds in its own code while the main thread redefines it
 * again and again with reclamation on, so replaced code is freed and its memory reused by later
 * versions. A thread running freed or overwritten code would crash or return a value no version
 * returns; each thread must also see non-decreasing versions.
 */
class JavaReaderTortureTest {
    private static final int READERS = 2;
    private static final int REDEFINITIONS = 1_000;
    private static final Duration REDEFINITION_BUDGET = Duration.ofSeconds(10);
    /** Loop iterations of {@code @slow_version} per call: keeps each call in the old code for a while. */
    private static final long SPINS = 20_000;
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Version {@code n}: spins {@code %spins} times, then returns {@link VersionedFunction#value(int)}. */
    private static String slowVersion(int n) {
        return Ir.module("""
                define i64 @slow_version(i64 %%spins) {
                entry:
                  br label %%loop
                loop:
                  %%i = phi i64 [ 0, %%entry ], [ %%i.next, %%loop ]
                  %%i.next = add i64 %%i, 1
                  %%more = icmp ult i64 %%i.next, %%spins
                  br i1 %%more, label %%loop, label %%done
                done:
                  ret i64 %d
                }
                """.formatted(VersionedFunction.value(n)));
    }

    @Test
    void javaThreadsInInvokeNeverRunFreedCode() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("slow", slowVersion(0));
            AtomicInteger published = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong calls = new AtomicLong();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                String name = "reader-" + r;
                Thread reader = new Thread(() -> read(engine, name, published, stop, calls, problems), name);
                reader.start();
                readers.add(reader);
            }

            long start = System.nanoTime();
            while (published.get() < REDEFINITIONS && System.nanoTime() - start < REDEFINITION_BUDGET.toNanos()) {
                engine.redefine("slow", slowVersion(published.get() + 1));
                published.incrementAndGet();
            }
            System.out.printf("java readers: %d redefinitions in %.1f s, %d calls, memory %s%n", published.get(),
                    (System.nanoTime() - start) / 1e9, calls.get(), engine.memory());
            stop.set(true);
            for (Thread reader : readers) {
                reader.join(WAIT.toMillis());
                assertTrue(!reader.isAlive(), reader.getName() + " returned from its last call");
            }

            assertEquals(List.of(), List.copyOf(problems), "every call returned a version's value, in order");
            assertTrue(calls.get() > READERS, "the readers made calls (" + calls.get() + ")");
            Waits.until(() -> engine.memory().freed() > 0, WAIT,
                    () -> "replaced code to be freed once the Java readers are out (" + engine.memory() + ")");
        }
    }

    /** One reader: calls until stopped; records a value off the version grid, beyond the versions published, or smaller than the previous. */
    private static void read(Engine engine, String name, AtomicInteger published, AtomicBoolean stop, AtomicLong calls,
                             ConcurrentLinkedQueue<String> problems) {
        long previous = 0;
        try {
            while (!stop.get() && problems.size() < 10) {
                long value = engine.invokeLong("slow_version", SPINS);
                long highest = VersionedFunction.value(published.get() + 1); // a redefinition may be publishing
                long offset = value - VersionedFunction.BASE;
                if (offset < 0 || offset % VersionedFunction.STEP != 0 || value > highest) {
                    problems.add(name + ": " + value + " is no version's value");
                } else if (value < previous) {
                    problems.add(name + ": " + value + " after " + previous);
                }
                previous = value;
                calls.incrementAndGet();
            }
        } catch (Exception e) {
            problems.add(name + ": " + e);
        }
    }
}
