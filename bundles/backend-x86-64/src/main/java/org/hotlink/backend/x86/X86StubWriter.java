package org.hotlink.backend.x86;

import org.hotlink.codegen.StubWriter;

/**
 * Entry stubs and undefined-function landings for x86-64 (Intel SDM Vol. 2A; encodings checked
 * against {@code llvm-mc-19 --show-encoding}, see {@code X86StubWriterTest}).
 *
 * <p>Entry stub, 8 bytes: {@code jmp qword ptr [rip+disp32]} (FF 25 disp32: JMP, FF /4 with a
 * RIP-relative ModRM), padded with two INT3 bytes.
 *
 * <p>Undefined landing, 16 bytes: {@code mov rdi, qword ptr [rip+disp32]} (REX.W 8B /r with
 * ModRM 3D: MOV r64, r/m64), loading the name pointer into the first System V integer-argument
 * register, then {@code jmp qword ptr [rip+disp32]} to the handler, padded with three INT3 bytes.
 * A jump, not a call: the handler sees the original caller's return address, as if called directly.
 *
 * <p>Every slot must lie within a signed 32-bit displacement of the end of the instruction that
 * reads it. Stateless and thread-safe.
 */
public final class X86StubWriter implements StubWriter {
    private static final int STUB_SIZE = 8;
    private static final int LANDING_SIZE = 16;
    private static final byte INT3 = (byte) 0xCC;

    /** FF 25 disp32: jmp qword ptr [rip+disp32]. */
    private static final byte[] JMP_RIP_INDIRECT = {(byte) 0xFF, 0x25};
    /** 48 8B 3D disp32: mov rdi, qword ptr [rip+disp32]. */
    private static final byte[] MOV_RDI_RIP = {0x48, (byte) 0x8B, 0x3D};
    private static final int DISP32_SIZE = 4;

    @Override
    public int entryStubSize() {
        return STUB_SIZE;
    }

    @Override
    public void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress) {
        checkFits(buffer, offset, STUB_SIZE, "stub");
        int toSlot = displacement(stubAddress, JMP_RIP_INDIRECT, slotAddress, "slot", "stub");
        int end = emitRipRelative(buffer, offset, JMP_RIP_INDIRECT, toSlot);
        fillInt3(buffer, end, offset + STUB_SIZE);
    }

    @Override
    public long entryStubReach() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int undefinedLandingSize() {
        return LANDING_SIZE;
    }

    @Override
    public void writeUndefinedLanding(byte[] buffer, int offset, long landingAddress, long nameSlotAddress,
                                      long handlerSlotAddress) {
        checkFits(buffer, offset, LANDING_SIZE, "undefined landing");
        long jmpAddress = landingAddress + MOV_RDI_RIP.length + DISP32_SIZE;
        // Both reaches are checked before anything is written, so a refused landing leaves the buffer as it was.
        int toNameSlot = displacement(landingAddress, MOV_RDI_RIP, nameSlotAddress, "name slot", "undefined landing");
        int toHandlerSlot = displacement(jmpAddress, JMP_RIP_INDIRECT, handlerSlotAddress, "handler slot", "undefined landing");
        int jmpOffset = emitRipRelative(buffer, offset, MOV_RDI_RIP, toNameSlot);
        int end = emitRipRelative(buffer, jmpOffset, JMP_RIP_INDIRECT, toHandlerSlot);
        fillInt3(buffer, end, offset + LANDING_SIZE);
    }

    /**
     * The displacement from the end of an instruction {@code opcode disp32} placed at
     * {@code instructionAddress} to {@code target}.
     *
     * @throws IllegalArgumentException if it does not fit a signed 32-bit field
     */
    private static int displacement(long instructionAddress, byte[] opcode, long target, String targetWhat,
                                    String instructionWhat) {
        long displacement = target - (instructionAddress + opcode.length + DISP32_SIZE);
        if (displacement != (int) displacement) {
            throw new IllegalArgumentException(targetWhat + " at 0x" + Long.toHexString(target) + " is out of reach of the "
                    + instructionWhat + " at 0x" + Long.toHexString(instructionAddress)
                    + " (displacement " + displacement + " does not fit 32 bits)");
        }
        return (int) displacement;
    }

    /** Writes {@code opcode} and the little-endian displacement; returns the offset after them. */
    private static int emitRipRelative(byte[] buffer, int offset, byte[] opcode, int displacement) {
        System.arraycopy(opcode, 0, buffer, offset, opcode.length);
        int at = offset + opcode.length;
        buffer[at] = (byte) displacement;
        buffer[at + 1] = (byte) (displacement >> 8);
        buffer[at + 2] = (byte) (displacement >> 16);
        buffer[at + 3] = (byte) (displacement >> 24);
        return at + DISP32_SIZE;
    }

    private static void checkFits(byte[] buffer, int offset, int size, String what) {
        if (offset < 0 || offset + size > buffer.length) {
            throw new IllegalArgumentException(what + " at offset " + offset + " does not fit the " + buffer.length + "-byte buffer");
        }
    }

    private static void fillInt3(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            buffer[i] = INT3;
        }
    }
}
