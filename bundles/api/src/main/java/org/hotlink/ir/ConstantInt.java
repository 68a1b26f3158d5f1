package org.hotlink.ir;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer constant. The value is kept as the width's bit pattern: {@link #value()} reads it
 * signed (so {@code i1 true} is -1, {@code i8 255} is -1), {@link #unsignedValue()} unsigned.
 */
public final class ConstantInt extends Constant {
    /**
     * The bit pattern when the width is at most 64 (bits above the width are zero), so the common
     * constants need no {@link BigInteger}; unused for wider types.
     */
    private final long pattern;
    /** The bit pattern as an unsigned number for widths above 64, else null. */
    private final BigInteger wide;

    /** {@code value} is truncated to the type's width (two's complement). */
    public ConstantInt(IntegerType type, BigInteger value) {
        super(type);
        Objects.requireNonNull(value, "value");
        int bits = type.bits();
        if (bits <= 64) {
            this.pattern = value.longValue() & mask(bits);
            this.wide = null;
        } else {
            this.pattern = 0;
            this.wide = value.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        }
    }

    private ConstantInt(IntegerType type, long value) {
        super(type);
        int bits = type.bits();
        this.pattern = bits <= 64 ? value & mask(bits) : 0;
        this.wide = bits <= 64 ? null : BigInteger.valueOf(value).and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }

    /** {@code value} (two's complement) truncated to the type's width. */
    public static ConstantInt of(IntegerType type, long value) {
        return new ConstantInt(type, value);
    }

    public static ConstantInt ofBoolean(boolean value) {
        return of(IntegerType.I1, value ? 1 : 0);
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    @Override
    public IntegerType type() {
        return (IntegerType) super.type();
    }

    public int bits() {
        return type().bits();
    }

    /** The value read as a signed number of the type's width. */
    public BigInteger value() {
        if (wide == null) {
            return BigInteger.valueOf(longValue());
        }
        return wide.testBit(bits() - 1) ? wide.subtract(BigInteger.ONE.shiftLeft(bits())) : wide;
    }

    /** The value read as an unsigned number of the type's width. */
    public BigInteger unsignedValue() {
        if (wide != null) {
            return wide;
        }
        return pattern >= 0 ? BigInteger.valueOf(pattern) : BigInteger.valueOf(pattern).add(BigInteger.ONE.shiftLeft(64));
    }

    /** The low 64 bits, sign-extended from the type's width when it is narrower. */
    public long longValue() {
        if (wide != null) {
            return value().longValue();
        }
        int shift = 64 - bits();
        return (pattern << shift) >> shift;
    }

    public boolean isZero() {
        return wide == null ? pattern == 0 : wide.signum() == 0;
    }

    public boolean isOne() {
        return wide == null ? pattern == 1 : wide.equals(BigInteger.ONE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantInt c && c.type().equals(type()) && c.pattern == pattern
                && Objects.equals(c.wide, wide);
    }

    /** As {@code type().hashCode() * 31 + unsignedValue().hashCode()}, without making the {@code BigInteger}. */
    @Override
    public int hashCode() {
        if (wide != null) {
            return type().hashCode() * 31 + wide.hashCode();
        }
        // BigInteger's hash of a non-negative number: its 32-bit magnitude words from the most significant, h = 31 * h + word.
        int high = (int) (pattern >>> 32);
        int low = (int) pattern;
        int magnitudeHash = high != 0 ? 31 * high + low : low;
        return type().hashCode() * 31 + magnitudeHash;
    }

    @Override
    public String reference() {
        if (bits() == 1) {
            return isZero() ? "false" : "true";
        }
        return wide == null ? Long.toString(longValue()) : value().toString();
    }
}
