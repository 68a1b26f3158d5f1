package org.hotlink.linker.impl;

import org.hotlink.codegen.StubWriter;

/**
 * A test-only x86-64 entry stub: {@code jmp qword ptr [rip + disp32]} (FF 25 disp32, Intel SDM
 * vol. 2A, JMP, form FF /4 with RIP-relative addressing), disp32 = slot - (stub + 6), padded to 8
 * bytes with int3 (CC). The real stub writer belongs to the back-end.
 */
final class JumpThroughSlotStubWriter implements StubWriter {
    static final int SIZE = 8;

    @Override
    public int entryStubSize() {
        return SIZE;
    }

    @Override
    public void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress) {
        long displacement = slotAddress - (stubAddress + 6);
        if (displacement < Integer.MIN_VALUE || displacement > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("slot 0x" + Long.toHexString(slotAddress) + " out of reach of stub 0x" + Long.toHexString(stubAddress));
        }
        buffer[offset] = (byte) 0xff;
        buffer[offset + 1] = 0x25;
        for (int i = 0; i < 4; i++) {
            buffer[offset + 2 + i] = (byte) (displacement >>> (8 * i));
        }
        buffer[offset + 6] = (byte) 0xcc;
        buffer[offset + 7] = (byte) 0xcc;
    }

    @Override
    public long entryStubReach() {
        return Integer.MAX_VALUE;
    }
}
