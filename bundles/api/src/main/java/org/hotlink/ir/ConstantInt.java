package org.hotlink.ir;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer constant. The value is kept as the width's bit pattern: {@link #value()} reads it
 * signed (so {@code i1 true} is -1, {@code i8 255} is -1), {@link #unsignedValue()} unsigned.
 */
public final class ConstantInt extends Constant {
    private final BigInteger unsigned;

    /** {@code value} is truncated to the type's width (two's complement). */
    public ConstantInt(IntegerType type, BigInteger value) {
        super(type);
        Objects.requireNonNull(value, "value");
        this.unsigned = value.and(BigInteger.ONE.shiftLeft(type.bits()).subtract(BigInteger.ONE));
    }

    public static ConstantInt of(IntegerType type, long value) {
        return new ConstantInt(type, BigInteger.valueOf(value));
    }

    public static ConstantInt ofBoolean(boolean value) {
        return of(IntegerType.I1, value ? 1 : 0);
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
        return unsigned.testBit(bits() - 1) ? unsigned.subtract(BigInteger.ONE.shiftLeft(bits())) : unsigned;
    }

    /** The value read as an unsigned number of the type's width. */
    public BigInteger unsignedValue() {
        return unsigned;
    }

    /** The low 64 bits, sign-extended from the type's width when it is narrower. */
    public long longValue() {
        return value().longValue();
    }

    public boolean isZero() {
        return unsigned.signum() == 0;
    }

    public boolean isOne() {
        return unsigned.equals(BigInteger.ONE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantInt c && c.type().equals(type()) && c.unsigned.equals(unsigned);
    }

    @Override
    public int hashCode() {
        return type().hashCode() * 31 + unsigned.hashCode();
    }

    @Override
    public String reference() {
        if (bits() == 1) {
            return isZero() ? "false" : "true";
        }
        return value().toString();
    }
}
