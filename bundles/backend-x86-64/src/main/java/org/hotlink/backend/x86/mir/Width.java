package org.hotlink.backend.x86.mir;

/** Operand size of a machine instruction: the four integer sizes and the two scalar float sizes. */
public enum Width {
    B(1), W(2), L(4), Q(8), SS(4), SD(8),
    /** Packed single floats ({@code <2 x float>} in the low 8 bytes of an XMM register). */
    PS(8);

    private final int bytes;

    Width(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    public boolean isFloat() {
        return this == SS || this == SD || this == PS;
    }

    /** The integer width of {@code bytes} bytes (1, 2, 4 or 8). */
    public static Width ofIntegerBytes(int bytes) {
        return switch (bytes) {
            case 1 -> B;
            case 2 -> W;
            case 4 -> L;
            case 8 -> Q;
            default -> throw new IllegalArgumentException("no integer width of " + bytes + " bytes");
        };
    }
}
