package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.Segment;

/** A half-open address range [start, start + size), for asking whether something lies in retired memory. */
record MemoryRange(long start, long size) {
    boolean contains(long address) {
        return address >= start && address - start < size;
    }

    /** The ranges of every segment of {@code allocation}. */
    static List<MemoryRange> of(FinalizedAllocation allocation) {
        List<MemoryRange> ranges = new ArrayList<>();
        for (int i = 0; i < allocation.segmentCount(); i++) {
            Segment segment = allocation.segment(i);
            ranges.add(new MemoryRange(segment.address(), segment.size()));
        }
        return ranges;
    }
}
