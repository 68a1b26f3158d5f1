package org.hotlink.ir;

import java.math.BigInteger;
import java.util.Objects;

/** A floating-point constant, kept as the raw bits of its format (80 bits for x86_fp80). */
public final class ConstantFloat extends Constant {
    private final BigInteger bits;

    public ConstantFloat(FloatingType type, BigInteger rawBits) {
        super(type);
        Objects.requireNonNull(rawBits, "rawBits");
        if (rawBits.signum() < 0 || rawBits.bitLength() > type.bits()) {
            throw new IllegalArgumentException("raw bits " + rawBits.toString(16) + " do not fit " + type);
        }
        this.bits = rawBits;
    }

    public ConstantFloat(FloatingType type, long rawBits) {
        this(type, type.bits() == 64 ? new BigInteger(Long.toUnsignedString(rawBits))
                : BigInteger.valueOf(rawBits).and(BigInteger.ONE.shiftLeft(type.bits()).subtract(BigInteger.ONE)));
    }

    public static ConstantFloat ofDouble(double value) {
        return new ConstantFloat(FloatingType.DOUBLE, Double.doubleToRawLongBits(value));
    }

    public static ConstantFloat ofFloat(float value) {
        return new ConstantFloat(FloatingType.FLOAT, Float.floatToRawIntBits(value) & 0xffffffffL);
    }

    @Override
    public FloatingType type() {
        return (FloatingType) super.type();
    }

    /** Raw bits of the format. */
    public BigInteger rawBits() {
        return bits;
    }

    /** The low 64 raw bits (all of them for half, float and double). */
    public long longBits() {
        return bits.longValue();
    }

    /** The value converted to double (exact for half, float, double; rounded for wider formats). */
    public double doubleValue() {
        return switch (type().kind()) {
            case FLOAT -> Float.intBitsToFloat((int) longBits());
            case DOUBLE -> Double.longBitsToDouble(longBits());
            case HALF -> FloatFormats.halfToFloat((short) longBits());
            case BFLOAT -> Float.intBitsToFloat((int) longBits() << 16);
            case X86_FP80 -> FloatFormats.x87ToDouble(bits);
            case FP128 -> FloatFormats.quadToDouble(bits);
            case PPC_FP128 -> Double.longBitsToDouble(bits.shiftRight(64).longValue())
                    + Double.longBitsToDouble(bits.longValue());
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantFloat c && c.type().equals(type()) && c.bits.equals(bits);
    }

    @Override
    public int hashCode() {
        return type().hashCode() * 31 + bits.hashCode();
    }

    @Override
    public String reference() {
        return "0x" + String.format("%016X", Double.doubleToRawLongBits(doubleValue()));
    }
}
