package org.hotlink.ir;

import java.util.Locale;

/** Every instruction kind of the model; constant expressions use the same values. */
public enum Opcode {
    // terminators
    RET, BR, SWITCH, INDIRECTBR, UNREACHABLE,
    // unary
    FNEG, FREEZE,
    // binary
    ADD, SUB, MUL, UDIV, SDIV, UREM, SREM, SHL, LSHR, ASHR, AND, OR, XOR, FADD, FSUB, FMUL, FDIV, FREM,
    // casts
    TRUNC, ZEXT, SEXT, FPTRUNC, FPEXT, FPTOUI, FPTOSI, UITOFP, SITOFP, PTRTOINT, INTTOPTR, BITCAST, ADDRSPACECAST,
    // memory
    ALLOCA, LOAD, STORE, GETELEMENTPTR, FENCE, CMPXCHG, ATOMICRMW,
    // other
    ICMP, FCMP, PHI, SELECT, CALL, VA_ARG, EXTRACTELEMENT, INSERTELEMENT, SHUFFLEVECTOR, EXTRACTVALUE, INSERTVALUE;

    /** The IR spelling ({@code getelementptr}, {@code va_arg}, ...). */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminator() {
        return ordinal() <= UNREACHABLE.ordinal();
    }

    public boolean isBinary() {
        return ordinal() >= ADD.ordinal() && ordinal() <= FREM.ordinal();
    }

    /** Binary operations on floating-point values. */
    public boolean isFloatingPointBinary() {
        return ordinal() >= FADD.ordinal() && ordinal() <= FREM.ordinal();
    }

    public boolean isCast() {
        return ordinal() >= TRUNC.ordinal() && ordinal() <= ADDRSPACECAST.ordinal();
    }

    /** The opcode spelled {@code keyword} in IR, or null. */
    public static Opcode fromKeyword(String keyword) {
        for (Opcode o : values()) {
            if (o.keyword().equals(keyword)) {
                return o;
            }
        }
        return null;
    }
}
