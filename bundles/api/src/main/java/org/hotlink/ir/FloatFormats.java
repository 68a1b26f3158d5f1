package org.hotlink.ir;

import java.math.BigInteger;

/** Conversions of IEEE half, x87 80-bit extended and IEEE quad bit patterns to Java floats and doubles. */
public final class FloatFormats {
    private FloatFormats() {
    }

    /** IEEE binary16 to float (exact). */
    public static float halfToFloat(short h) {
        int sign = (h >> 15) & 1;
        int exponent = (h >> 10) & 0x1f;
        int mantissa = h & 0x3ff;
        float magnitude;
        if (exponent == 0x1f) {
            magnitude = mantissa == 0 ? java.lang.Float.POSITIVE_INFINITY : java.lang.Float.NaN;
        } else if (exponent == 0) {
            magnitude = mantissa * 0x1p-24f;
        } else {
            magnitude = (1024 + mantissa) * (float) Math.scalb(1.0, exponent - 25);
        }
        return sign == 1 ? -magnitude : magnitude;
    }

    /** x87 80-bit extended (sign, 15-bit exponent, explicit 64-bit significand) to double, rounded. */
    public static double x87ToDouble(BigInteger bits) {
        int signExponent = bits.shiftRight(64).intValue() & 0xffff;
        long significand = bits.longValue();
        int exponent = signExponent & 0x7fff;
        double sign = (signExponent & 0x8000) != 0 ? -1.0 : 1.0;
        if (exponent == 0x7fff) {
            return (significand << 1) == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        double magnitude = new java.math.BigDecimal(new BigInteger(Long.toUnsignedString(significand))).doubleValue();
        return sign * Math.scalb(magnitude, (exponent == 0 ? 1 : exponent) - 16383 - 63);
    }

    /** IEEE binary128 to double, rounded. */
    public static double quadToDouble(BigInteger bits) {
        boolean negative = bits.testBit(127);
        int exponent = bits.shiftRight(112).intValue() & 0x7fff;
        BigInteger fraction = bits.and(BigInteger.ONE.shiftLeft(112).subtract(BigInteger.ONE));
        double sign = negative ? -1.0 : 1.0;
        if (exponent == 0x7fff) {
            return fraction.signum() == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        BigInteger significand = exponent == 0 ? fraction : fraction.setBit(112);
        return sign * Math.scalb(new java.math.BigDecimal(significand).doubleValue(), (exponent == 0 ? 1 : exponent) - 16383 - 112);
    }
}
