package org.hotlink.ir;

/** A floating-point type; one shared instance per {@link Kind}. */
public final class FloatingType extends Type {
    /** The floating-point formats LLVM knows, with their width in bits and IR keyword. */
    public enum Kind {
        HALF(16, "half"), BFLOAT(16, "bfloat"), FLOAT(32, "float"), DOUBLE(64, "double"),
        X86_FP80(80, "x86_fp80"), FP128(128, "fp128"), PPC_FP128(128, "ppc_fp128");

        private final int bits;
        private final String keyword;

        Kind(int bits, String keyword) {
            this.bits = bits;
            this.keyword = keyword;
        }

        public int bits() {
            return bits;
        }

        public String keyword() {
            return keyword;
        }
    }

    public static final FloatingType HALF = new FloatingType(Kind.HALF);
    public static final FloatingType BFLOAT = new FloatingType(Kind.BFLOAT);
    public static final FloatingType FLOAT = new FloatingType(Kind.FLOAT);
    public static final FloatingType DOUBLE = new FloatingType(Kind.DOUBLE);
    public static final FloatingType X86_FP80 = new FloatingType(Kind.X86_FP80);
    public static final FloatingType FP128 = new FloatingType(Kind.FP128);
    public static final FloatingType PPC_FP128 = new FloatingType(Kind.PPC_FP128);

    private final Kind kind;

    private FloatingType(Kind kind) {
        this.kind = kind;
    }

    public static FloatingType get(Kind kind) {
        return switch (kind) {
            case HALF -> HALF;
            case BFLOAT -> BFLOAT;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case X86_FP80 -> X86_FP80;
            case FP128 -> FP128;
            case PPC_FP128 -> PPC_FP128;
        };
    }

    public Kind kind() {
        return kind;
    }

    /** Width of the value in bits (80 for x86_fp80). */
    public int bits() {
        return kind.bits();
    }

    @Override
    public String toString() {
        return kind.keyword();
    }
}
