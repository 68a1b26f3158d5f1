package org.hotlink.ir;

/** An integer type {@code iN}, 1 to 2^23 bits; signedness lives in the operations, not the type. */
public final class IntegerType extends Type {
    public static final int MAX_BITS = 1 << 23;
    public static final IntegerType I1 = new IntegerType(1);
    public static final IntegerType I8 = new IntegerType(8);
    public static final IntegerType I16 = new IntegerType(16);
    public static final IntegerType I32 = new IntegerType(32);
    public static final IntegerType I64 = new IntegerType(64);
    public static final IntegerType I128 = new IntegerType(128);

    private final int bits;

    private IntegerType(int bits) {
        this.bits = bits;
    }

    /** The integer type of {@code bits} width; common widths are shared instances. */
    public static IntegerType get(int bits) {
        if (bits < 1 || bits > MAX_BITS) {
            throw new IllegalArgumentException("integer width must be 1.." + MAX_BITS + ", was " + bits);
        }
        return switch (bits) {
            case 1 -> I1;
            case 8 -> I8;
            case 16 -> I16;
            case 32 -> I32;
            case 64 -> I64;
            case 128 -> I128;
            default -> new IntegerType(bits);
        };
    }

    public int bits() {
        return bits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerType t && t.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return "i" + bits;
    }
}
