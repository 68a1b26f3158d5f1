package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hotlink.engine.Engine;
import org.hotlink.engine.NativeThread;
import org.junit.jupiter.api.Test;

/**
 * Test that a native thread whose running loop function is itself redefined keeps running the old
 * loop safely while the reclaimer runs: its code is not freed while the thread is in it, the old
 * behaviour continues until the function returns, the next call runs the new version, and the old
 * code is freed once the thread has left it.
 */
class RunningLoopRedefinitionTest {
    /** How long the thread is watched in the old loop after the redefinition; the reclaimer runs meanwhile. */
    private static final Duration WATCH_OLD_LOOP = Duration.ofMillis(500);
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Kept apart from the loop, so redefining the loop replaces code only. */
    private static final String LOOP_STATE = Ir.module("""
            @stop = global i64 0
            @marker = global i64 0
            @progress = global i64 0

            define void @request_stop() {
              store atomic i64 1, ptr @stop release, align 8
              ret void
            }
            """);

    /** Version {@code marker} of {@code @spin}: stores {@code marker} every iteration, returns it when stopped. */
    private static String spinLoop(long marker) {
        return Ir.module("""
                @stop = external global i64
                @marker = external global i64
                @progress = external global i64
                declare void @hotlink_quiescent()

                define i64 @spin(i64 %%unused) {
                entry:
                  br label %%loop

                loop:
                  store atomic i64 %1$d, ptr @marker monotonic, align 8
                  %%p = load i64, ptr @progress
                  %%p.next = add i64 %%p, 1
                  store atomic i64 %%p.next, ptr @progress monotonic, align 8
                  call void @hotlink_quiescent()
                  %%s = load atomic i64, ptr @stop acquire, align 8
                  %%go = icmp eq i64 %%s, 0
                  br i1 %%go, label %%loop, label %%done

                done:
                  ret i64 %1$d
                }
                """.formatted(marker));
    }

    @Test
    void threadInRedefinedLoopKeepsOldLoopUntilItReturns() throws Exception {
        Engine engine = Engines.create();
        List<NativeThread> threads = new ArrayList<>();
        try {
            engine.add("loop_state", LOOP_STATE);
            engine.add("spin", spinLoop(1));
            Pointer marker = new Pointer(engine.lookup("marker").orElseThrow());
            Pointer progress = new Pointer(engine.lookup("progress").orElseThrow());
            long freedBefore = engine.memory().freed();

            NativeThread oldLoop = engine.spawn("spin", 0);
            threads.add(oldLoop);
            Waits.until(() -> progress.getLong(0) > 0, WAIT, () -> "the thread to enter the loop");
            engine.redefine("spin", spinLoop(2));

            long watchEnd = System.nanoTime() + WATCH_OLD_LOOP.toNanos();
            while (System.nanoTime() < watchEnd) {
                long seen = progress.getLong(0);
                Waits.until(() -> progress.getLong(0) > seen, WAIT, () -> "the old loop to keep iterating");
                assertEquals(1, marker.getLong(0), "the running frame keeps the old loop's behaviour");
                assertEquals(freedBefore, engine.memory().freed(),
                        "nothing is freed while the thread runs the old loop, the only memory retired");
                assertFalse(oldLoop.isFinished(), "the old loop runs until asked to stop");
            }

            engine.invokeVoid("request_stop");
            assertEquals(1, Waits.join(oldLoop, WAIT, "old spin"), "the old loop returns the old version's value");
            Waits.until(() -> engine.memory().freed() > freedBefore, WAIT,
                    () -> "the old loop's code to be freed once the thread left it (" + engine.memory() + ")");

            NativeThread newLoop = engine.spawn("spin", 0);
            threads.add(newLoop);
            assertEquals(2, Waits.join(newLoop, WAIT, "new spin"), "the next call runs the new version");
            assertEquals(2, marker.getLong(0), "the new loop stored its own marker");
        } finally {
            SpawnedThreads.stopThenClose(engine, "request_stop", threads);
        }
    }
}
