package org.hotlink.backend.x86;

import org.hotlink.codegen.StubWriter;

/**
 * Entry stubs for x86-64: {@code jmp qword ptr [rip+disp32]} (FF 25 disp32, Intel SDM Vol. 2A JMP,
 * FF /4 with a RIP-relative ModRM) padded with two INT3 bytes to 8 bytes. The slot must lie within
 * a signed 32-bit displacement of the stub's end.
 */
public final class X86StubWriter implements StubWriter {
    private static final int SIZE = 8;
    private static final int INSTRUCTION_LENGTH = 6;

    @Override
    public int entryStubSize() {
        return SIZE;
    }

    @Override
    public void writeEntryStub(byte[] buffer, int offset, long stubAddress, long slotAddress) {
        long displacement = slotAddress - (stubAddress + INSTRUCTION_LENGTH);
        if (displacement != (int) displacement) {
            throw new IllegalArgumentException("slot at 0x" + Long.toHexString(slotAddress) + " is out of reach of the stub at 0x"
                    + Long.toHexString(stubAddress) + " (displacement " + displacement + " does not fit 32 bits)");
        }
        if (offset < 0 || offset + SIZE > buffer.length) {
            throw new IllegalArgumentException("stub at offset " + offset + " does not fit the " + buffer.length + "-byte buffer");
        }
        int d = (int) displacement;
        buffer[offset] = (byte) 0xFF;
        buffer[offset + 1] = 0x25;
        buffer[offset + 2] = (byte) d;
        buffer[offset + 3] = (byte) (d >> 8);
        buffer[offset + 4] = (byte) (d >> 16);
        buffer[offset + 5] = (byte) (d >> 24);
        buffer[offset + 6] = (byte) 0xCC;
        buffer[offset + 7] = (byte) 0xCC;
    }

    @Override
    public long entryStubReach() {
        return Integer.MAX_VALUE;
    }
}
