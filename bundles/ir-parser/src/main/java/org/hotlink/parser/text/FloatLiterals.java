package org.hotlink.parser.text;

import java.math.BigInteger;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.FloatingType;

/**
 * Turns float literals into raw bits, with LLVM's spellings: decimal ({@code 1.5e+00}), {@code 0x}
 * plus 16 hex digits (a double's bits, also used for float), {@code 0xK} (x86_fp80: 4 hex digits of
 * sign and exponent, then 16 of significand), {@code 0xL} (fp128) and {@code 0xM} (ppc_fp128: the
 * first 16 hex digits are the low 64 bits), {@code 0xH} (half) and {@code 0xR} (bfloat).
 */
final class FloatLiterals {
    private FloatLiterals() {
    }

    /** The constant, or null when the literal's form does not fit the type. */
    static ConstantFloat parse(String literal, FloatingType type) {
        if (!literal.startsWith("0x")) {
            double d;
            try {
                // Double.parseDouble rounds correctly and keeps the sign of -0.0 (BigDecimal would not)
                d = Double.parseDouble(literal);
            } catch (NumberFormatException e) {
                return null;
            }
            return fromDouble(d, type);
        }
        char form = Character.isLetter(literal.charAt(2)) && "KLMHR".indexOf(literal.charAt(2)) >= 0 ? literal.charAt(2) : 'D';
        String hex = form == 'D' ? literal.substring(2) : literal.substring(3);
        BigInteger value = new BigInteger(hex, 16);
        switch (form) {
            case 'D':
                if (hex.length() > 16) {
                    return null;
                }
                return fromDouble(Double.longBitsToDouble(value.longValue()), type);
            case 'K':
                return type == FloatingType.X86_FP80 && hex.length() <= 20 ? new ConstantFloat(type, value) : null;
            case 'L':
            case 'M': {
                if (type != (form == 'L' ? FloatingType.FP128 : FloatingType.PPC_FP128) || hex.length() > 32) {
                    return null;
                }
                String padded = "0".repeat(32 - hex.length()) + hex;
                BigInteger low = new BigInteger(padded.substring(0, 16), 16);
                BigInteger high = new BigInteger(padded.substring(16), 16);
                return new ConstantFloat(type, high.shiftLeft(64).or(low));
            }
            case 'H':
                return type == FloatingType.HALF && hex.length() <= 4 ? new ConstantFloat(type, value) : null;
            case 'R':
                return type == FloatingType.BFLOAT && hex.length() <= 4 ? new ConstantFloat(type, value) : null;
            default:
                return null;
        }
    }

    private static ConstantFloat fromDouble(double d, FloatingType type) {
        if (type == FloatingType.DOUBLE) {
            return ConstantFloat.ofDouble(d);
        }
        if (type == FloatingType.FLOAT) {
            return ConstantFloat.ofFloat((float) d);
        }
        if (type == FloatingType.X86_FP80) {
            return new ConstantFloat(type, doubleToX87(d));
        }
        return null;
    }

    /** Exact: every double is an x87 extended value. */
    private static BigInteger doubleToX87(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long sign = bits >>> 63;
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & 0xfffffffffffffL;
        long signExponent;
        long significand;
        if (exponent == 0x7ff) {
            signExponent = (sign << 15) | 0x7fff;
            significand = (1L << 63) | (fraction << 11);
        } else if (exponent == 0 && fraction == 0) {
            signExponent = sign << 15;
            significand = 0;
        } else if (exponent == 0) {
            int shift = Long.numberOfLeadingZeros(fraction);
            significand = fraction << shift;
            signExponent = (sign << 15) | (-1022 - (shift - 11) + 16383);
        } else {
            signExponent = (sign << 15) | (exponent - 1023 + 16383);
            significand = (1L << 63) | (fraction << 11);
        }
        return BigInteger.valueOf(signExponent).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(significand)));
    }
}
