package org.hotlink.memory;

/**
 * The second phase: memory in use by compiled code. It stays until {@link #release()} is called,
 * which the caller may do only once no thread can execute or return into it.
 */
public interface FinalizedAllocation {
    int segmentCount();

    Segment segment(int index);

    /** Returns the memory to the arena. Idempotent. */
    void release();
}
