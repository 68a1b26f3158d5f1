package org.hotlink.engine;

/**
 * How an engine is made.
 *
 * @param target        back-end target, such as {@code x86_64}
 * @param memoryStrategy memory-permission strategy, such as {@code dual-map}
 * @param reserveBytes  address space reserved for the engine's code and data
 */
public record EngineOptions(String target, String memoryStrategy, long reserveBytes) {
    /** x86-64, dual mapping, 1 GiB reserved. */
    public static EngineOptions defaults() {
        return new EngineOptions("x86_64", "dual-map", 1L << 30);
    }
}
