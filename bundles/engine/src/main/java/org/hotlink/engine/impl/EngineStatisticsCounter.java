package org.hotlink.engine.impl;

import java.util.concurrent.atomic.AtomicLong;
import org.hotlink.engine.EngineStatistics;

/** Running totals of one engine, updated by whichever thread does the work. */
final class EngineStatisticsCounter {
    private final AtomicLong parseNanos = new AtomicLong();
    private final AtomicLong compileNanos = new AtomicLong();
    private final AtomicLong linkNanos = new AtomicLong();
    private final AtomicLong functionsCompiled = new AtomicLong();
    private final AtomicLong irInstructions = new AtomicLong();
    private final AtomicLong codeBytes = new AtomicLong();

    void addParse(long nanos, long instructions) {
        parseNanos.addAndGet(nanos);
        irInstructions.addAndGet(instructions);
    }

    void addCompile(long nanos, long functions, long bytes) {
        compileNanos.addAndGet(nanos);
        functionsCompiled.addAndGet(functions);
        codeBytes.addAndGet(bytes);
    }

    void addLink(long nanos) {
        linkNanos.addAndGet(nanos);
    }

    EngineStatistics snapshot() {
        return new EngineStatistics(parseNanos.get(), compileNanos.get(), linkNanos.get(), functionsCompiled.get(),
                irInstructions.get(), codeBytes.get());
    }
}
