package org.hotlink.memory;

import org.hotlink.diagnostic.MemoryException;

/**
 * The first phase of an allocation: its segments have final addresses and can be written, and
 * nothing in them can be executed yet. Exactly one of {@link #finalizeAllocation()} or
 * {@link #abandon()} must follow. Not thread-safe: one linker fills one allocation.
 */
public interface InFlightAllocation {
    int segmentCount();

    Segment segment(int index);

    /**
     * Applies the final permissions and makes the code visible to instruction fetch on every core
     * (cache maintenance where the architecture needs it). After this, only read-write segments
     * can be written.
     */
    FinalizedAllocation finalizeAllocation() throws MemoryException;

    /** Gives the memory back without ever making it executable. */
    void abandon();
}
