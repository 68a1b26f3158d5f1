package org.hotlink.itests.hotswap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hotlink.engine.Engine;
import org.junit.jupiter.api.Test;

/**
 * Test that compiled code called from a Java thread ({@code invoke*}) may announce quiescent points
 * too: a loop that calls {@code hotlink_quiescent()} and a function being redefined, run from a Java
 * thread while the main thread redefines that function, sees only versions' values, in order, and
 * lets replaced code be freed while it still runs.
 */
class QuiescentFromJavaThreadTest {
    private static final int REDEFINITIONS = 300;
    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * {@code @count_versions()}: calls {@code @version} until {@code @stop_counting} is set, announcing
     * a quiescent point each time; returns how many calls saw a value off the version grid or smaller
     * than the one before.
     */
    private static final String LOOP = Ir.module("""
            @stop = global i64 0
            declare i64 @version()
            declare void @hotlink_quiescent()

            define void @stop_counting() {
              store atomic i64 1, ptr @stop release, align 8
              ret void
            }

            define i64 @count_versions() {
            entry:
              br label %%loop
            loop:
              %%prev = phi i64 [ 0, %%entry ], [ %%v, %%loop ]
              %%bad = phi i64 [ 0, %%entry ], [ %%bad.next, %%loop ]
              %%v = call i64 @version()
              %%off = sub i64 %%v, %1$d
              %%rem = urem i64 %%off, %2$d
              %%off_grid = icmp ne i64 %%rem, 0
              %%below = icmp ult i64 %%v, %1$d
              %%decreased = icmp ult i64 %%v, %%prev
              %%b1 = or i1 %%off_grid, %%below
              %%b2 = or i1 %%b1, %%decreased
              %%b = zext i1 %%b2 to i64
              %%bad.next = add i64 %%bad, %%b
              call void @hotlink_quiescent()
              %%s = load atomic i64, ptr @stop acquire, align 8
              %%go = icmp eq i64 %%s, 0
              br i1 %%go, label %%loop, label %%done
            done:
              ret i64 %%bad.next
            }
            """.formatted(VersionedFunction.BASE, VersionedFunction.STEP));

    @Test
    void javaThreadAnnouncingQuiescentPointsSeesOnlyVersionsInOrder() throws Exception {
        try (Engine engine = Engines.create()) {
            engine.add("versioned", VersionedFunction.versionModule(0));
            engine.add("loop", LOOP);
            long freedBefore = engine.memory().freed();
            CompletableFuture<Long> badCalls = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.invokeLong("count_versions");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                for (int n = 1; n <= REDEFINITIONS; n++) {
                    engine.redefine("versioned", VersionedFunction.versionModule(n));
                }
                Waits.until(() -> engine.memory().freed() > freedBefore, WAIT,
                        () -> "replaced versions to be freed while the Java thread loops (" + engine.memory() + ")");
                assertFalse(badCalls.isDone(), "the Java thread is still in its loop");
            } finally {
                engine.invokeVoid("stop_counting"); // the loop must end before the engine closes
                assertEquals(0, badCalls.get(WAIT.toSeconds(), TimeUnit.SECONDS),
                        "calls that saw no version's value or went backwards");
            }
        }
    }
}
