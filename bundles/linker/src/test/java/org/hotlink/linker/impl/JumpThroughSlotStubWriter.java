package org.hotlink.linker.impl;

import org.hotlink.codegen.StubWriter;

/**
 * A test-only x86-64 stub writer (the real one belongs to the back-end; bytes as
 * {@code llvm-mc-19 --show-encoding} prints them, Intel SDM vol. 2A):
 * <ul>
 * <li>entry stub, 8 bytes: {@code jmp qword ptr [rip + disp32]} (FF 25 disp32), disp32 = slot -
 *     (stub + 6), padded with int3 (CC);</li>
 * <li>undefined landing, 16 bytes: {@code mov rdi, qword ptr [rip + disp32]} (48 8B 3D disp32),
 *     disp32 = name slot - (landing + 7), then {@code jmp qword ptr [rip + disp32]} (FF 25 disp32),
 *     disp32 = handler slot - (landing + 13), padded with int3.</li>
 * </ul>
 */
final class JumpThroughSlotStubWriter implements StubWriter {
    static final int SIZE = 8;
    static final int LANDING_SIZE = 16;

    @Override
    public int entryStubSize() {
        return SIZE;
    }

    @Override
    public void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress) {
        buffer[offset] = (byte) 0xff;
        buffer[offset + 1] = 0x25;
        putDisplacement(buffer, offset + 2, slotAddress - (stubAddress + 6));
        buffer[offset + 6] = (byte) 0xcc;
        buffer[offset + 7] = (byte) 0xcc;
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
        buffer[offset] = 0x48;
        buffer[offset + 1] = (byte) 0x8b;
        buffer[offset + 2] = 0x3d;
        putDisplacement(buffer, offset + 3, nameSlotAddress - (landingAddress + 7));
        buffer[offset + 7] = (byte) 0xff;
        buffer[offset + 8] = 0x25;
        putDisplacement(buffer, offset + 9, handlerSlotAddress - (landingAddress + 13));
        for (int i = 13; i < LANDING_SIZE; i++) {
            buffer[offset + i] = (byte) 0xcc;
        }
    }

    private static void putDisplacement(byte[] buffer, int at, long displacement) {
        if (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("displacement " + displacement + " does not fit 32 bits");
        }
        for (int i = 0; i < 4; i++) {
            buffer[at + i] = (byte) (displacement >>> (8 * i));
        }
    }
}
