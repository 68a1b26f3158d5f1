package org.hotlink.ir;

import java.util.Locale;

/** The operation of an {@code atomicrmw}; {@link #keyword()} is the IR spelling. */
public enum AtomicRmwOperation {
    XCHG, ADD, SUB, AND, NAND, OR, XOR, MAX, MIN, UMAX, UMIN, FADD, FSUB, FMAX, FMIN, UINC_WRAP, UDEC_WRAP;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
