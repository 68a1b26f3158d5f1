package org.hotlink.engine;

import java.util.Objects;

/**
 * How an engine is made.
 *
 * @param target         back-end target, such as {@code x86_64}
 * @param memoryStrategy memory-permission strategy, such as {@code dual-map}
 * @param reserveBytes   address space reserved for the engine's code and data
 * @param reclamation    when replaced code is freed
 * @param lazy           whether modules are compiled lazily, one function on its first call, unless an
 *                       {@code add} or {@code redefine} call says otherwise ({@link CompileMode})
 * @param compileThreads how many lazy compilations may run at once (different functions; one
 *                       function is always compiled once, its other callers wait for it), and how
 *                       many threads (the compiling one included, at most one per core) parse
 *                       the function bodies of a large module and generate its functions
 */
public record EngineOptions(String target, String memoryStrategy, long reserveBytes, ReclamationPolicy reclamation,
                            boolean lazy, int compileThreads) {
    /** Lazy compilations running at once by default. */
    public static final int DEFAULT_COMPILE_THREADS = 4;

    public EngineOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(memoryStrategy, "memoryStrategy");
        Objects.requireNonNull(reclamation, "reclamation");
        if (compileThreads < 1) {
            throw new IllegalArgumentException("compileThreads must be at least 1, not " + compileThreads);
        }
    }

    /** Eager compilation. */
    public EngineOptions(String target, String memoryStrategy, long reserveBytes, ReclamationPolicy reclamation) {
        this(target, memoryStrategy, reserveBytes, reclamation, false, DEFAULT_COMPILE_THREADS);
    }

    /** With quiescent-state reclamation. */
    public EngineOptions(String target, String memoryStrategy, long reserveBytes) {
        this(target, memoryStrategy, reserveBytes, ReclamationPolicy.QUIESCENT);
    }

    /** x86-64, dual mapping, 1 GiB reserved, quiescent-state reclamation. */
    public static EngineOptions defaults() {
        return new EngineOptions("x86_64", "dual-map", 1L << 30);
    }

    public EngineOptions withReclamation(ReclamationPolicy policy) {
        return new EngineOptions(target, memoryStrategy, reserveBytes, policy, lazy, compileThreads);
    }

    public EngineOptions withLazy(boolean lazyCompilation) {
        return new EngineOptions(target, memoryStrategy, reserveBytes, reclamation, lazyCompilation, compileThreads);
    }

    public EngineOptions withCompileThreads(int threads) {
        return new EngineOptions(target, memoryStrategy, reserveBytes, reclamation, lazy, threads);
    }
}
