package org.hotlink.codegen.common;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A constant known as a number: the bit pattern of an integer, a float's raw bits or a pointer
 * that is a plain address (such as {@code null}), {@code width} bits wide.
 *
 * @param bits  the pattern, read unsigned, always below {@code 2^width}
 * @param width width in bits, at least 1
 */
public record IntegerValue(BigInteger bits, int width) implements ConstantValue {
    public IntegerValue {
        Objects.requireNonNull(bits, "bits");
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, was " + width);
        }
        bits = bits.and(mask(width));
    }

    /** {@code value} truncated to {@code width} bits (two's complement). */
    public static IntegerValue of(long value, int width) {
        return new IntegerValue(BigInteger.valueOf(value), width);
    }

    public static IntegerValue zero(int width) {
        return new IntegerValue(BigInteger.ZERO, width);
    }

    /** The pattern read as a signed number of this width. */
    public BigInteger signedValue() {
        return bits.testBit(width - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(width)) : bits;
    }

    /** The low 64 bits, sign-extended from the width when it is narrower. */
    public long longValue() {
        return signedValue().longValue();
    }

    public boolean isZero() {
        return bits.signum() == 0;
    }

    /** The same pattern cut or widened to {@code newWidth}: zero-extended, or sign-extended when {@code signed}. */
    public IntegerValue resize(int newWidth, boolean signed) {
        return new IntegerValue(signed ? signedValue() : bits, newWidth);
    }

    /** Writes the low {@code count} bytes of the pattern little-endian into {@code target} at {@code offset}. */
    public void writeLittleEndian(byte[] target, int offset, int count) {
        for (int i = 0; i < count; i++) {
            target[offset + i] = bits.shiftRight(8 * i).byteValue();
        }
    }

    static BigInteger mask(int width) {
        return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    }

    @Override
    public String toString() {
        return "i" + width + " 0x" + bits.toString(16);
    }
}
