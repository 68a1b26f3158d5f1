package org.hotlink.ir;

import java.util.List;

/**
 * Byte offsets of a struct's elements, its allocation size and its alignment, from {@link DataLayout#structLayout}.
 *
 * @param offsets   offset of each element from the start, in bytes (unmodifiable)
 * @param size      size in bytes including tail padding
 * @param alignment ABI alignment in bytes
 */
public record StructLayout(List<Long> offsets, long size, int alignment) {
    public StructLayout {
        offsets = List.copyOf(offsets);
    }

    public long offsetOf(int element) {
        return offsets.get(element);
    }
}
