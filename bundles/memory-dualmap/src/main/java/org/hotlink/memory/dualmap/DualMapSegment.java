package org.hotlink.memory.dualmap;

import com.sun.jna.Pointer;
import java.lang.invoke.VarHandle;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;

/**
 * A placed segment. Bytes are written at {@code writeAddress}: the memfd's writable alias for code
 * and read-only data, the address itself for read-write data.
 */
final class DualMapSegment implements Segment {
    private final DualMapAllocation owner;
    private final Protection protection;
    private final long address;
    private final long size;
    private final long occupied;
    private final long writeAddress;

    DualMapSegment(DualMapAllocation owner, Protection protection, long address, long size, long occupied, long writeAddress) {
        this.owner = owner;
        this.protection = protection;
        this.address = address;
        this.size = size;
        this.occupied = occupied;
        this.writeAddress = writeAddress;
    }

    @Override
    public long address() {
        return address;
    }

    @Override
    public long size() {
        return size;
    }

    /** Bytes the segment takes in its area (its size rounded up to the arena's granule). */
    long occupied() {
        return occupied;
    }

    /** Where its bytes are written: the writable alias, or the address itself for read-write data. */
    long writeAddress() {
        return writeAddress;
    }

    @Override
    public Protection protection() {
        return protection;
    }

    @Override
    public void write(long offset, byte[] bytes, int from, int length) {
        if (from < 0 || length < 0 || from + length > bytes.length) {
            throw new IndexOutOfBoundsException("source range [" + from + ", " + (from + length) + ") outside an array of " + bytes.length);
        }
        checkRange(offset, length);
        owner.checkWritable(protection);
        new Pointer(writeAddress).write(offset, bytes, from, length);
    }

    /**
     * An aligned 8-byte store: x86-64 and AArch64 perform naturally aligned 8-byte stores as single
     * atomic accesses, and JNA's setLong compiles to one such store, so a concurrent reader sees
     * either the old or the new value. The release fence orders every earlier write (such as the
     * code the new pointer leads to) before it.
     */
    @Override
    public void putLongAtomic(long offset, long value) {
        checkAligned(offset);
        checkRange(offset, 8);
        owner.checkAtomicStore(protection);
        VarHandle.releaseFence();
        new Pointer(address).setLong(offset, value);
    }

    @Override
    public long getLongAtomic(long offset) {
        checkAligned(offset);
        checkRange(offset, 8);
        owner.checkReadable();
        long value = new Pointer(writeAddress).getLong(offset);
        VarHandle.acquireFence();
        return value;
    }

    private void checkAligned(long offset) {
        if (((address + offset) & 7) != 0) {
            throw new IllegalArgumentException("atomic access at offset " + offset + " is not 8-byte aligned");
        }
    }

    private void checkRange(long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new IndexOutOfBoundsException("range [" + offset + ", " + (offset + length) + ") outside a segment of " + size + " bytes");
        }
    }

    @Override
    public String toString() {
        return protection + " segment at 0x" + Long.toHexString(address) + " (" + size + " bytes)";
    }
}
