package org.hotlink.linker.impl;

import org.hotlink.memory.Segment;

/**
 * A 64-bit absolute reference (X86_64_64) in read-write data to a symbol whose address was not
 * known when the data was placed, or may change; it is rewritten whenever the symbol's address
 * changes, until the data holding it is retired.
 */
record DeferredReference(Segment segment, long offset, long addend) {
    /** Where the reference lies. */
    long address() {
        return segment.address() + offset;
    }

    void update(long symbolAddress) {
        long value = symbolAddress + addend;
        if (address() % 8 == 0) {
            segment.putLongAtomic(offset, value);
        } else {
            segment.write(offset, RelocationPatch.littleEndian(value, 8));
        }
    }
}
