package org.hotlink.memory;

import org.hotlink.diagnostic.MemoryException;

/**
 * One engine's region of memory. Every segment it hands out lies inside
 * [{@link #base()}, {@link #base()} + {@link #size()}), close enough for 32-bit PC-relative
 * references between any two of them. Thread-safe.
 */
public interface MemoryArena extends AutoCloseable {
    long base();

    long size();

    /** Reserves and places the requested segments, writable and not yet executable. */
    InFlightAllocation allocate(SegmentRequest... requests) throws MemoryException;

    MemoryStatistics statistics();

    /** Unmaps everything. No compiled code of this arena may run afterwards. */
    @Override
    void close();
}
