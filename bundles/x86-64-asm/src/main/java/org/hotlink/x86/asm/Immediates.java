package org.hotlink.x86.asm;

/** Range checks for immediates and displacements; failures are {@link IllegalArgumentException}s. */
final class Immediates {
    private Immediates() {
    }

    static boolean fitsInt8(long value) {
        return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
    }

    static boolean fitsInt32(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    /**
     * Checks that {@code value} is representable in an operand of {@code size}, read either as signed or as
     * unsigned (so 0xFF and -1 are both a valid byte), and returns it sign-extended from that size.
     */
    static long checkFits(OperandSize size, long value, String what) {
        long signedMin = -(1L << (size.bits() - 1));
        long unsignedMax = size == OperandSize.QWORD ? Long.MAX_VALUE : (1L << size.bits()) - 1;
        if (value < signedMin || value > unsignedMax) {
            throw new IllegalArgumentException(what + " " + value + " does not fit a " + size.bits() + "-bit operand");
        }
        return switch (size) {
            case BYTE -> (byte) value;
            case WORD -> (short) value;
            case DWORD -> (int) value;
            case QWORD -> value;
        };
    }

    /** Checks {@code min <= value <= max}. */
    static int checkRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be in " + min + ".." + max + ", was " + value);
        }
        return value;
    }
}
