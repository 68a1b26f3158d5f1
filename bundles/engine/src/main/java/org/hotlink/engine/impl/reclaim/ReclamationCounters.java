package org.hotlink.engine.impl.reclaim;

import java.util.concurrent.atomic.AtomicLong;

/** Bytes waiting for a grace period and bytes released so far. Thread-safe (atomics). */
final class ReclamationCounters {
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong freed = new AtomicLong();

    void retired(long bytes) {
        waiting.addAndGet(bytes);
    }

    void released(long bytes) {
        freed.addAndGet(bytes);
        waiting.addAndGet(-bytes);
    }

    long waitingBytes() {
        return waiting.get();
    }

    long freedBytes() {
        return freed.get();
    }
}
