package org.hotlink.memory;

import java.util.Objects;

/**
 * A request for one segment of an allocation.
 *
 * @param protection what the segment becomes when finalized
 * @param size       bytes wanted (more may be reserved)
 * @param alignment  power of two
 */
public record SegmentRequest(Protection protection, long size, int alignment) {
    public SegmentRequest {
        Objects.requireNonNull(protection, "protection");
        if (size < 0) {
            throw new IllegalArgumentException("negative segment size " + size);
        }
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment " + alignment + " is not a power of two");
        }
    }
}
