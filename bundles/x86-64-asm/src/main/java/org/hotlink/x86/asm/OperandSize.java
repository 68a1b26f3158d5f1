package org.hotlink.x86.asm;

/** Width of an integer operation: the AT&amp;T suffixes b, w, l, q. */
public enum OperandSize {
    BYTE(1), WORD(2), DWORD(4), QWORD(8);

    private final int bytes;

    OperandSize(int bytes) {
        this.bytes = bytes;
    }

    /** Width in bytes: 1, 2, 4 or 8. */
    public int bytes() {
        return bytes;
    }

    /** Width in bits: 8, 16, 32 or 64. */
    public int bits() {
        return bytes * 8;
    }
}
