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

    /**
     * Reserves and places the requested segments, writable and not yet executable. Every byte of
     * them reads as zero until written, so zero-filled data needs no writes (and no pages until
     * touched); a strategy that reuses space clears it before handing it out again.
     */
    InFlightAllocation allocate(SegmentRequest... requests) throws MemoryException;

    MemoryStatistics statistics();

    /** Unmaps everything. No compiled code of this arena may run afterwards. */
    @Override
    void close();
}
