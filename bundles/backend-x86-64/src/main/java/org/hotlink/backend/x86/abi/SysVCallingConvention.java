package org.hotlink.backend.x86.abi;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.ir.AttributeSet;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/**
 * The System V x86-64 calling convention (psABI 3.2.3) for the types clang leaves in IR after its
 * own ABI lowering: each integer or pointer in the next of RDI, RSI, RDX, RCX, R8, R9; i128 in two
 * of them (never split between registers and stack); float, double and {@code <2 x float>} in the
 * next of XMM0..XMM7; whatever does not fit, and {@code byval} copies, in 8-byte aligned stack
 * slots in argument order (16-byte aligned for i128 and over-aligned byval). Returns: integers in
 * RAX (then RDX), floats in XMM0 (then XMM1), aggregates leaf by leaf in those sequences.
 * {@code fastcc} and {@code coldcc} use the same rules here.
 */
public final class SysVCallingConvention {
    public static final int MAX_GPR_ARGUMENTS = 6;
    public static final int MAX_XMM_ARGUMENTS = 8;
    private static final int[] GPR_RETURNS = {Regs.RAX, Regs.RDX};
    private static final int[] XMM_RETURNS = {Regs.xmm(0), Regs.xmm(1)};

    /** Kinds a type takes part in the convention as. */
    public enum ParameterClass { INTEGER, INTEGER_PAIR, SSE, MEMORY_BYVAL, UNSUPPORTED }

    public static ParameterClass classify(Type type, AttributeSet attributes) {
        if (attributes != null && attributes.has("byval")) {
            return ParameterClass.MEMORY_BYVAL;
        }
        if (type.isPointer() || (type instanceof IntegerType i && i.bits() <= 64)) {
            return ParameterClass.INTEGER;
        }
        if (type instanceof IntegerType i && i.bits() > 64 && i.bits() <= 128) {
            return ParameterClass.INTEGER_PAIR;
        }
        if (type instanceof FloatingType f && (f.kind() == FloatingType.Kind.FLOAT || f.kind() == FloatingType.Kind.DOUBLE)) {
            return ParameterClass.SSE;
        }
        if (type instanceof VectorType v && !v.isScalable() && v.length() == 2
                && v.elementType() instanceof FloatingType f && f.kind() == FloatingType.Kind.FLOAT) {
            return ParameterClass.SSE;
        }
        return ParameterClass.UNSUPPORTED;
    }

    /**
     * Assigns locations to arguments of the given types and attributes. Returns null if one of
     * them has a type this convention does not handle (the caller reports it).
     */
    public static CallAssignment assign(List<Type> types, List<AttributeSet> attributes, DataLayout layout) {
        int gpr = 0;
        int xmm = 0;
        long stack = 0;
        List<ArgumentLocation> out = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            AttributeSet attrs = i < attributes.size() ? attributes.get(i) : AttributeSet.EMPTY;
            switch (classify(t, attrs)) {
                case INTEGER -> {
                    if (gpr < MAX_GPR_ARGUMENTS) {
                        out.add(new ArgumentLocation(new int[]{Regs.GPR_ARGUMENTS[gpr++]}, 0, 0));
                    } else {
                        out.add(new ArgumentLocation(new int[0], stack, 0));
                        stack += 8;
                    }
                }
                case INTEGER_PAIR -> {
                    if (gpr + 1 < MAX_GPR_ARGUMENTS) {
                        out.add(new ArgumentLocation(new int[]{Regs.GPR_ARGUMENTS[gpr], Regs.GPR_ARGUMENTS[gpr + 1]}, 0, 0));
                        gpr += 2;
                    } else {
                        stack = align(stack, 16);
                        out.add(new ArgumentLocation(new int[0], stack, 0));
                        stack += 16;
                    }
                }
                case SSE -> {
                    if (xmm < MAX_XMM_ARGUMENTS) {
                        out.add(new ArgumentLocation(new int[]{Regs.xmm(xmm++)}, 0, 0));
                    } else {
                        out.add(new ArgumentLocation(new int[0], stack, 0));
                        stack += 8;
                    }
                }
                case MEMORY_BYVAL -> {
                    Type pointee = attrs.typeOf("byval");
                    long size = Math.max(1, layout.allocSizeOf(pointee));
                    Long alignAttr = attrs.intOf("align");
                    long alignment = Math.max(8, Math.max(layout.abiAlignmentOf(pointee), alignAttr == null ? 0 : alignAttr));
                    stack = align(stack, Math.min(alignment, 16));
                    out.add(new ArgumentLocation(new int[0], stack, size));
                    stack += align(size, 8);
                }
                default -> {
                    return null;
                }
            }
        }
        return new CallAssignment(out, align(stack, 16), gpr, xmm);
    }

    /**
     * Registers of a returned value's leaves (each leaf an integer/pointer or a float/double/
     * {@code <2 x float>}); null if they do not fit in RAX:RDX and XMM0:XMM1.
     */
    public static int[] returnRegisters(List<Type> leafTypes) {
        int gpr = 0;
        int xmm = 0;
        int[] out = new int[leafTypes.size()];
        for (int i = 0; i < out.length; i++) {
            ParameterClass c = classify(leafTypes.get(i), null);
            if (c == ParameterClass.INTEGER && gpr < 2) {
                out[i] = GPR_RETURNS[gpr++];
            } else if (c == ParameterClass.SSE && xmm < 2) {
                out[i] = XMM_RETURNS[xmm++];
            } else {
                return null;
            }
        }
        return out;
    }

    static long align(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
