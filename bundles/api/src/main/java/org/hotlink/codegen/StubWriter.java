package org.hotlink.codegen;

/**
 * Target-specific machine code that the linker places outside compiled functions: entry stubs
 * that jump through a pointer slot, the landing an undefined function's slot points at, and the
 * landing and trampoline through which a lazy function's first call compiles it.
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

    /** Size in bytes of one lazy landing; lazy landings are laid out at multiples of this size. */
    int lazyLandingSize();

    /**
     * Writes a lazy landing, placed at {@code landingAddress}: entered by a jump from an entry stub
     * (the stack as at a call), it puts {@code stubAddress} into a scratch register that carries no
     * argument under the target's calling convention (x86-64: R11; AArch64: X16, the IP0 register)
     * and jumps to the lazy trampoline at {@code trampolineAddress}. It changes no other register.
     *
     * @throws IllegalArgumentException if the trampoline is out of reach
     */
    void writeLazyLanding(byte[] buffer, int offset, long landingAddress, long stubAddress, long trampolineAddress);

    /** Size in bytes of the lazy trampoline. */
    int lazyTrampolineSize();

    /**
     * Writes the lazy trampoline, placed at {@code trampolineAddress}: entered from a lazy landing
     * with the stub address in the landing's scratch register and the stack as the caller left it
     * at its call, it saves every register that may carry an argument or that the callee may read
     * (integer and vector argument registers, the register giving the number of vector arguments of
     * a variadic call, the static-chain register), aligns the stack, calls the C function whose
     * address is held in the 8-byte slot at {@code compilerSlotAddress} with the stub address as its
     * one argument, restores the saved registers and the stack, and jumps to the address that
     * function returned. Arguments passed on the stack stay where they are, so the function jumped
     * to runs as if called directly by the original caller.
     *
     * @throws IllegalArgumentException if the slot is out of reach
     */
    void writeLazyTrampoline(byte[] buffer, int offset, long trampolineAddress, long compilerSlotAddress);
}
