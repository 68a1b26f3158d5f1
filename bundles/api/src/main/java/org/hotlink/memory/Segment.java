package org.hotlink.memory;

/**
 * One placed segment of an allocation. {@link #address()} is where code and data live and run;
 * the write methods go through whatever view the strategy uses (a writable alias for dual
 * mapping) and are allowed on code and read-only segments only before finalization, on
 * read-write segments always. Offsets are checked against the size.
 */
public interface Segment {
    /** Address at which the segment's contents are executed or read by compiled code. */
    long address();

    /** Size in bytes. */
    long size();

    Protection protection();

    /** Copies {@code length} bytes of {@code bytes} from {@code from} to {@code offset}. */
    void write(long offset, byte[] bytes, int from, int length);

    default void write(long offset, byte[] bytes) {
        write(offset, bytes, 0, bytes.length);
    }

    /**
     * Stores a 64-bit value atomically (a single aligned store, visible to other threads once it
     * is), as a pointer slot needs. {@code offset} must be 8-byte aligned.
     */
    void putLongAtomic(long offset, long value);

    /** Reads a 64-bit value atomically. */
    long getLongAtomic(long offset);
}
