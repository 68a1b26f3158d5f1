package org.hotlink.engine.impl.lazy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkedObject;

/**
 * What a lazy trampoline calls: given the entry stub a call went through, compiles the lazy
 * function that stub leads to (once: concurrent callers of the same function wait for the first
 * one's compilation; at most {@code compileThreads} different functions compile at once), and
 * returns where the call continues, which is simply the stub's target after publication. The
 * stub is asked again after every step, so a redefinition or removal that happens meanwhile is
 * followed: the call reaches whatever a new call would reach.
 *
 * <p>Takes no engine lock: it reads the link layer (thread-safe on its own) and the registry of lazy
 * versions, so a compile never waits for a redefinition or for reclamation, and neither waits for it.
 * Any failure ends the process with a message naming the function: returning would jump into
 * garbage.
 */
public final class LazyCompiler implements CompileTrampolineCallback {
    private final LinkLayer layer;
    private final LazyModuleVersions versions;
    private final FunctionMaterializer materializer;
    private final Semaphore compileSlots;
    private final Runnable afterCompile;
    private final LazyCompileFailure failure;

    /**
     * @param afterCompile runs after each function is published (keeps the fault handler's names current)
     */
    public LazyCompiler(LinkLayer layer, LazyModuleVersions versions, FunctionMaterializer materializer,
                        int compileThreads, Runnable afterCompile, LazyCompileFailure failure) {
        this.layer = layer;
        this.versions = versions;
        this.materializer = materializer;
        this.compileSlots = new Semaphore(compileThreads);
        this.afterCompile = afterCompile;
        this.failure = failure;
    }

    @Override
    public long invoke(long stubAddress) {
        LazyFunction current = null;
        try {
            while (true) {
                Optional<LazyFunction> lazy = layer.lazyFunction(stubAddress);
                if (lazy.isEmpty()) {
                    // Compiled meanwhile, redefined, removed or bound elsewhere: continue where a new call
                    // would. (The layer never leaves a stub leading to its lazy landing without a lazy
                    // definition behind it, so this cannot come straight back.)
                    return layer.stubTarget(stubAddress);
                }
                current = lazy.get();
                LazyModuleVersion module = versions.await(current.moduleName(), current.version());
                if (module != null) {
                    compileOnce(module, current);
                }
            }
        } catch (Throwable e) {
            failure.report(current, stubAddress, e);
            throw new IllegalStateException("unreachable: the process was aborted", e);
        }
    }

    private void compileOnce(LazyModuleVersion module, LazyFunction function) throws Throwable {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = module.compilations().putIfAbsent(function.name(), mine);
        if (running != null) {
            try {
                running.join();
            } catch (CompletionException e) {
                throw e.getCause();
            }
            return;
        }
        try {
            compileSlots.acquire();
            try {
                Optional<LinkedObject> linked = materializer.materialize(module, function);
                if (linked.isPresent()) {
                    module.compiledBodies().addAll(linked.get().functionBodies());
                    afterCompile.run();
                }
            } finally {
                compileSlots.release();
            }
            mine.complete(null);
        } catch (Throwable e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
