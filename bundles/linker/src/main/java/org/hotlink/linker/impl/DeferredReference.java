package org.hotlink.linker.impl;

import org.hotlink.memory.Segment;

/**
 * A 64-bit absolute reference (X86_64_64) in read-write data to a symbol whose address was not
 * known when the data was placed; it is rewritten whenever the symbol's address changes.
 */
record DeferredReference(Segment segment, long offset, long addend) {
    void update(long symbolAddress) {
        long value = symbolAddress + addend;
        if ((segment.address() + offset) % 8 == 0) {
            segment.putLongAtomic(offset, value);
        } else {
            segment.write(offset, RelocationPatch.littleEndian(value, 8));
        }
    }
}
