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
 * Test that code a thread will return into, and the data that code reads, are not freed: a native
 * thread waits inside a callee (another module) while its caller's module is redefined many times or
 * removed, so that replaced memory is freed and reused by later modules. Only the return address, one
 * frame up, keeps the first version alive; the thread must come back into it intact and finish with
 * the first version's behaviour.
 */
class ReturnIntoReplacedCodeTest {
    private static final int REDEFINITIONS = 50;
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Time given to the reclaimer, after the redefinitions, to free whatever it (wrongly or rightly) would. */
    private static final Duration RECLAIMER_TIME = Duration.ofMillis(300);

    /** Never redefined: {@code @wait_for_release} announces it is waiting and spins until released. */
    private static final String WAITER = Ir.module("""
            @released = global i64 0
            @waiting = global i64 0
            declare void @hotlink_quiescent()

            define void @wait_for_release() {
            entry:
              store atomic i64 1, ptr @waiting release, align 8
              br label %loop
            loop:
              call void @hotlink_quiescent()
              %r = load atomic i64, ptr @released acquire, align 8
              %done = icmp ne i64 %r, 0
              br i1 %done, label %exit, label %loop
            exit:
              ret void
            }

            define void @release() {
              store atomic i64 1, ptr @released release, align 8
              ret void
            }
            """);

    /** Version {@code n} of {@code @outer(x)}: waits in the callee, then returns {@code x + n * 1000}. */
    private static String outer(int n) {
        return Ir.module("""
                declare void @wait_for_release()

                define i64 @outer(i64 %%x) {
                  call void @wait_for_release()
                  %%r = add i64 %%x, %d
                  ret i64 %%r
                }
                """.formatted(n * 1000L));
    }

    @Test
    void threadReturnsIntoTheFirstVersionAfterManyRedefinitions() throws Exception {
        Engine engine = Engines.create();
        List<NativeThread> threads = new ArrayList<>();
        try {
            engine.add("waiter", WAITER);
            engine.add("outer", outer(1));
            Pointer waiting = new Pointer(engine.lookup("waiting").orElseThrow());
            NativeThread thread = engine.spawn("outer", 5);
            threads.add(thread);
            Waits.until(() -> waiting.getLong(0) == 1, WAIT, () -> "the thread to wait inside @wait_for_release");

            for (int n = 2; n <= REDEFINITIONS; n++) {
                engine.redefine("outer", outer(n));
            }
            long freedBeforePause = engine.memory().freed();
            Thread.sleep(RECLAIMER_TIME.toMillis());
            System.out.printf("return into replaced code: memory after %d redefinitions %s (freed %d before the pause)%n",
                    REDEFINITIONS, engine.memory(), freedBeforePause);

            engine.invokeVoid("release");
            assertEquals(1005, Waits.join(thread, WAIT, "outer"),
                    "the thread came back into version 1 of @outer, which adds 1000");
            assertEquals(5 + REDEFINITIONS * 1000L, engine.invokeLong("outer", 5),
                    "the next call runs the last version (the callee returns at once now)");
        } finally {
            SpawnedThreads.stopThenClose(engine, "release", threads);
        }
    }

    /**
     * Version {@code n} of {@code @outer_reading(x)}: waits in the callee, then returns {@code x} plus
     * its constant {@code @addend} ({@code n * 1000}) plus its variable {@code @bonus} (kept across
     * redefinitions, initially 7). A constant takes new storage in each version, so version 1's code
     * reads version 1's storage when the thread returns into it.
     */
    private static String outerReadingData(int n) {
        return Ir.module("""
                @addend = constant i64 %d
                @bonus = global i64 7
                declare void @wait_for_release()

                define i64 @outer_reading(i64 %%x) {
                  call void @wait_for_release()
                  %%a = load i64, ptr @addend
                  %%b = load i64, ptr @bonus
                  %%s = add i64 %%x, %%a
                  %%r = add i64 %%s, %%b
                  ret i64 %%r
                }
                """.formatted(n * 1000L));
    }

    /** A module whose data overwrites, with 0x5555..., whatever freed memory the arena gives it. */
    private static String filler(int n) {
        return Ir.module("@filler_%d = global [32 x i64] [%s]\n".formatted(n,
                String.join(", ", java.util.Collections.nCopies(32, "i64 " + 0x5555555555555555L))));
    }

    @Test
    void threadReturningIntoReplacedCodeReadsThatVersionsConstant() throws Exception {
        Engine engine = Engines.create();
        List<NativeThread> threads = new ArrayList<>();
        try {
            engine.add("waiter", WAITER);
            engine.add("reading", outerReadingData(1));
            Pointer waiting = new Pointer(engine.lookup("waiting").orElseThrow());
            threads.add(engine.spawn("outer_reading", 5));
            Waits.until(() -> waiting.getLong(0) == 1, WAIT, () -> "the thread to wait inside @wait_for_release");

            for (int n = 2; n <= REDEFINITIONS; n++) {
                engine.redefine("reading", outerReadingData(n));
                engine.add("filler_" + n, filler(n));
            }
            Thread.sleep(RECLAIMER_TIME.toMillis());

            engine.invokeVoid("release");
            assertEquals(5 + 1000 + 7, Waits.join(threads.get(0), WAIT, "outer_reading"),
                    "version 1's code read version 1's constant (1000) and the kept @bonus (7)");
        } finally {
            SpawnedThreads.stopThenClose(engine, "release", threads);
        }
    }

    @Test
    void threadReturningIntoARemovedModuleReadsItsData() throws Exception {
        Engine engine = Engines.create();
        List<NativeThread> threads = new ArrayList<>();
        try {
            engine.add("waiter", WAITER);
            engine.add("reading", outerReadingData(1));
            Pointer waiting = new Pointer(engine.lookup("waiting").orElseThrow());
            threads.add(engine.spawn("outer_reading", 5));
            Waits.until(() -> waiting.getLong(0) == 1, WAIT, () -> "the thread to wait inside @wait_for_release");

            engine.remove("reading");
            for (int n = 2; n <= REDEFINITIONS; n++) {
                engine.add("filler_" + n, filler(n));
            }
            Thread.sleep(RECLAIMER_TIME.toMillis());

            engine.invokeVoid("release");
            assertEquals(5 + 1000 + 7, Waits.join(threads.get(0), WAIT, "outer_reading"),
                    "the removed module's code and data stayed until the thread left them");
        } finally {
            SpawnedThreads.stopThenClose(engine, "release", threads);
        }
    }
}
