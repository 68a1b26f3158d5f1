package org.hotlink.linker.impl;

import org.hotlink.memory.Segment;

/**
 * An 8-byte pointer on a read-write page of a finalized allocation: an entry stub's slot or a GOT
 * slot. Compiled code reads it concurrently, so it changes only by one atomic store.
 */
record PointerSlot(Segment segment, long offset) {
    long address() {
        return segment.address() + offset;
    }

    void store(long value) {
        segment.putLongAtomic(offset, value);
    }

    long load() {
        return segment.getLongAtomic(offset);
    }
}
