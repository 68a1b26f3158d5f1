package org.hotlink.codegen;

/**
 * Target-specific machine code that the linker places outside compiled functions: entry stubs
 * that jump through a pointer slot, and the landing an undefined function's slot points at.
 * Stubs are written completely on writable memory before the page becomes executable; afterwards
 * only their slots change.
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

    /** How far, in bytes, a stub or landing may lie from the slots it reads in either direction. */
    long entryStubReach();

    /** Size in bytes of one undefined-function landing; landings are laid out at multiples of this size. */
    int undefinedLandingSize();

    /**
     * Writes an undefined-function landing, placed at {@code landingAddress}: entered by a jump
     * from an entry stub (so the caller's return address is on the stack and the stack is as at
     * a call), it loads the 8-byte value at {@code nameSlotAddress} (a pointer to the function's
     * name) into the first integer-argument register and jumps to the address held at
     * {@code handlerSlotAddress}. Argument registers are clobbered; the handler never returns.
     *
     * @throws IllegalArgumentException if a slot is out of reach
     */
    void writeUndefinedLanding(byte[] buffer, int offset, long landingAddress, long nameSlotAddress,
                               long handlerSlotAddress);
}
