package org.hotlink.ir;

/**
 * A calling convention by LLVM's number ({@code ccc} 0, {@code fastcc} 8, {@code coldcc} 9,
 * {@code cc N}), with {@link #kind()} naming the ones Hotlink treats specially.
 */
public record CallingConvention(int number) {
    /** The conventions Hotlink distinguishes; OTHER carries its number in {@link #number()}. */
    public enum Kind {
        C, FAST, COLD, OTHER
    }

    public static final CallingConvention C = new CallingConvention(0);
    public static final CallingConvention FAST = new CallingConvention(8);
    public static final CallingConvention COLD = new CallingConvention(9);

    public CallingConvention {
        if (number < 0) {
            throw new IllegalArgumentException("calling convention number must not be negative: " + number);
        }
    }

    public static CallingConvention of(int number) {
        return switch (number) {
            case 0 -> C;
            case 8 -> FAST;
            case 9 -> COLD;
            default -> new CallingConvention(number);
        };
    }

    public Kind kind() {
        return switch (number) {
            case 0 -> Kind.C;
            case 8 -> Kind.FAST;
            case 9 -> Kind.COLD;
            default -> Kind.OTHER;
        };
    }

    @Override
    public String toString() {
        return switch (kind()) {
            case C -> "ccc";
            case FAST -> "fastcc";
            case COLD -> "coldcc";
            case OTHER -> "cc " + number;
        };
    }
}
