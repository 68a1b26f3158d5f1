package org.hotlink.engine;

import java.util.Objects;

/**
 * How an engine is made.
 *
 * @param target         back-end target, such as {@code x86_64}
 * @param memoryStrategy memory-permission strategy, such as {@code dual-map}
 * @param reserveBytes   address space reserved for the engine's code and data
 * @param reclamation    when replaced code is freed
 */
public record EngineOptions(String target, String memoryStrategy, long reserveBytes, ReclamationPolicy reclamation) {
    public EngineOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(memoryStrategy, "memoryStrategy");
        Objects.requireNonNull(reclamation, "reclamation");
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
        return new EngineOptions(target, memoryStrategy, reserveBytes, policy);
    }
}
