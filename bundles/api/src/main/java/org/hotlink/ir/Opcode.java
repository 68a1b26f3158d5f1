package org.hotlink.ir;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

    private static final Map<String, Opcode> BY_KEYWORD = new HashMap<>();

    static {
        for (Opcode o : values()) {
            BY_KEYWORD.put(o.keyword(), o);
        }
    }

    private String keyword;

    /** The IR spelling ({@code getelementptr}, {@code va_arg}, ...). */
    public String keyword() {
        String k = keyword;
        if (k == null) {
            k = name().toLowerCase(Locale.ROOT);
            keyword = k;
        }
        return k;
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
        return BY_KEYWORD.get(keyword);
    }
}
