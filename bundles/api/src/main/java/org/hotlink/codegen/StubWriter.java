package org.hotlink.codegen;

/**
 * Target-specific machine code that the linker places outside compiled functions: entry stubs
 * that jump through a pointer slot. Stubs are written completely on writable memory before the
 * page becomes executable; afterwards only their slots change.
 */
public interface StubWriter {
    /** Size in bytes of one entry stub; stubs are laid out at multiples of this size. */
    int entryStubSize();

    /**
     * Writes into {@code buffer} at {@code offset} an entry stub that, placed at
     * {@code stubAddress}, jumps to the address held in the 8-byte slot at {@code slotAddress}.
     *
     * @throws IllegalArgumentException if the slot is out of the stub's reach
     */
    void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress);

    /** How far, in bytes, a stub may lie from its slot in either direction. */
    long entryStubReach();
}
