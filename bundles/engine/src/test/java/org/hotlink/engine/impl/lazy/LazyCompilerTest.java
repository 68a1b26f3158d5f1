package org.hotlink.engine.impl.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.Module;
import org.hotlink.linker.LazyFunction;
import org.junit.jupiter.api.Test;

/** The trampoline's callback alone, over a fake layer: compile once, follow the stub, fail loudly. */
class LazyCompilerTest {
    private static final long STUB = 0x1000;
    private static final long CODE = 0x2000;

    /** Records the failure instead of aborting, and stops the callback by throwing. */
    private static final class RecordingFailure extends LazyCompileFailure {
        final AtomicReference<String> reported = new AtomicReference<>();

        @Override
        public void report(LazyFunction function, long stubAddress, Throwable cause) {
            reported.set((function == null ? "?" : function.name()) + ": " + cause.getMessage());
            throw new IllegalStateException("aborted");
        }
    }

    private final FakeLazyLayer layer = new FakeLazyLayer();
    private final LazyModuleVersions versions = new LazyModuleVersions();
    private final RecordingFailure failure = new RecordingFailure();

    private void lazyStub(String name) {
        layer.lazy.put(STUB, new LazyFunction("m", 7, name));
        layer.targets.put(STUB, 0x1800L);
        versions.publish("m", 7, (Module) null);
    }

    @Test
    void manyThreadsCallingOneLazyFunctionCompileItOnceAndAllContinueAtItsCode() throws Exception {
        lazyStub("f");
        AtomicInteger compilations = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        LazyCompiler compiler = new LazyCompiler(layer, versions, (module, function) -> {
            compilations.incrementAndGet();
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new org.hotlink.diagnostic.HotlinkException("interrupted");
            }
            return Optional.of(layer.compiled(STUB, CODE, "m"));
        }, 2, () -> { }, failure);
        List<Thread> threads = new ArrayList<>();
        List<Long> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> results.add(compiler.invoke(STUB)));
            threads.add(thread);
            thread.start();
        }
        inside.await();
        Thread.sleep(20);
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1, compilations.get(), "compiled once");
        assertEquals(8, results.size());
        assertTrue(results.stream().allMatch(r -> r == CODE), "every caller continues at the code: " + results);
        assertEquals(1, versions.compiledBodies().size(), "the body is known for the fault handler");
    }

    @Test
    void aStubThatLeadsElsewhereMeanwhileIsFollowedWithoutCompiling() {
        layer.targets.put(STUB, CODE);
        LazyCompiler compiler = new LazyCompiler(layer, versions, (module, function) -> {
            throw new AssertionError("nothing to compile");
        }, 1, () -> { }, failure);
        assertEquals(CODE, compiler.invoke(STUB));
    }

    @Test
    void aStaleVersionIsNotCompiledAndTheStubIsAskedAgain() {
        layer.lazy.put(STUB, new LazyFunction("m", 3, "f"));
        layer.targets.put(STUB, 0x1800L);
        versions.publish("m", 4, (Module) null);
        AtomicInteger asked = new AtomicInteger();
        LazyCompiler compiler = new LazyCompiler(layer, versions, (module, function) -> {
            throw new AssertionError("a stale version is never compiled");
        }, 1, () -> { }, failure);
        // A redefinition publishes version 4 for this stub while the call waits.
        new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            asked.incrementAndGet();
            // The slot is stored before the layer stops answering lazy, as a publication does.
            layer.targets.put(STUB, CODE);
            layer.lazy.remove(STUB);
        }).start();
        assertEquals(CODE, compiler.invoke(STUB), "the call continues where the stub leads now");
        assertEquals(1, asked.get());
    }

    @Test
    void aCompileFailureIsReportedWithTheFunctionAndItsLocation() {
        lazyStub("broken");
        LazyCompiler compiler = new LazyCompiler(layer, versions, (module, function) -> {
            throw new UnsupportedConstructException("unsupported: inline assembly", new SourceLocation("m.ll", 3, 5, "x"));
        }, 1, () -> { }, failure);
        assertThrows(IllegalStateException.class, () -> compiler.invoke(STUB));
        assertEquals("broken: unsupported: inline assembly", failure.reported.get());
    }
}
