package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.StructLayout;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/**
 * How IR types live in registers: integers up to 64 bits and pointers in one GPR (bits above the
 * type's width are undefined, except that i1 is always 0 or 1), i128 in two GPRs (low, high),
 * float and double in one XMM register (scalar), {@code <2 x float>} in the low 8 bytes of one
 * XMM register, and aggregates as the flat list of their scalar leaves.
 */
final class ValueKinds {
    private ValueKinds() {
    }

    static boolean isGprScalar(Type t) {
        return t.isPointer() || (t instanceof IntegerType i && i.bits() <= 64);
    }

    /** Integers of 65 to 128 bits (i128, and bit-field units such as i72): a (low, high) register pair. */
    static boolean isI128(Type t) {
        return t instanceof IntegerType i && i.bits() > 64 && i.bits() <= 128;
    }

    static boolean isXmmScalar(Type t) {
        if (t instanceof FloatingType f) {
            return f.kind() == FloatingType.Kind.FLOAT || f.kind() == FloatingType.Kind.DOUBLE;
        }
        return isFloatPair(t);
    }

    /** {@code <2 x float>}: what the ABI makes of a struct of two floats. */
    static boolean isFloatPair(Type t) {
        return t instanceof VectorType v && !v.isScalable() && v.length() == 2
                && v.elementType() instanceof FloatingType f && f.kind() == FloatingType.Kind.FLOAT;
    }

    static boolean isScalar(Type t) {
        return isGprScalar(t) || isXmmScalar(t);
    }

    static int bits(Type t) {
        if (t instanceof IntegerType i) {
            return i.bits();
        }
        return 64;
    }

    /** Width of integer ALU operations on a value of this type: L up to 32 bits, else Q. */
    static Width aluWidth(Type t) {
        return bits(t) <= 32 ? Width.L : Width.Q;
    }

    /** The exact integer width of a type of 8, 16, 32 or 64 bits (i1 counts as a byte). */
    static Width exactWidth(Type t) {
        int b = bits(t);
        if (b <= 8) {
            return Width.B;
        }
        if (b <= 16) {
            return Width.W;
        }
        return b <= 32 ? Width.L : Width.Q;
    }

    /** The immediate for an integer constant: sign-extended, except that i1 true is 1 (i1 values are kept as 0 or 1). */
    static long immediate(org.hotlink.ir.ConstantInt c) {
        return c.bits() == 1 ? (c.isZero() ? 0 : 1) : c.longValue();
    }

    static boolean isStandardInteger(Type t) {
        int b = bits(t);
        return b == 1 || b == 8 || b == 16 || b == 32 || b == 64;
    }

    static Width floatWidth(Type t) {
        if (t instanceof FloatingType f && f.kind() == FloatingType.Kind.FLOAT) {
            return Width.SS;
        }
        return Width.SD;
    }

    static RegClass regClass(Type t) {
        return isXmmScalar(t) ? RegClass.XMM : RegClass.GPR;
    }

    /** A scalar leaf of an aggregate or i128: its type (i64 halves for i128) and byte offset. */
    record Leaf(Type type, long offset) {
    }

    /** The register-sized leaves of a value of type {@code t}, in memory order. */
    static List<Leaf> leaves(Type t, DataLayout layout) {
        List<Leaf> out = new ArrayList<>();
        collect(t, 0, layout, out);
        return out;
    }

    private static void collect(Type t, long base, DataLayout layout, List<Leaf> out) {
        if (t instanceof StructType s) {
            StructLayout sl = layout.structLayout(s);
            for (int i = 0; i < s.elementCount(); i++) {
                collect(s.element(i), base + sl.offsetOf(i), layout, out);
            }
        } else if (t instanceof ArrayType a) {
            long stride = layout.allocSizeOf(a.elementType());
            for (long i = 0; i < a.length(); i++) {
                collect(a.elementType(), base + i * stride, layout, out);
            }
        } else if (isI128(t) || MultiWordLowering.isMultiWord(t)) {
            for (int w = 0; w < MultiWordLowering.words(t); w++) {
                out.add(new Leaf(IntegerType.I64, base + 8L * w));
            }
        } else {
            out.add(new Leaf(t, base));
        }
    }

    /** Number of registers a value of this type occupies. */
    static int partCount(Type t, DataLayout layout) {
        if (isScalar(t)) {
            return 1;
        }
        return leaves(t, layout).size();
    }
}
