package org.hotlink.x86.asm;

/**
 * The sixteen x86-64 general-purpose registers, in hardware encoding order (Intel SDM Vol. 2A, 2.1.5,
 * Table 2-2 and 3.1.1.1). The same register is used for every operand size: {@code RAX} is AL, AX, EAX or
 * RAX depending on the instruction's {@link OperandSize}. The legacy high-byte registers AH, CH, DH and BH
 * are not modelled; with a REX prefix, byte encodings 4 to 7 name SPL, BPL, SIL and DIL.
 */
public enum Gpr {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

    /** The 4-bit hardware number (0..15): the low three bits go in ModRM/SIB/opcode, the high bit in REX. */
    public int encoding() {
        return ordinal();
    }

    /** The low three bits of {@link #encoding()}, as written into ModRM, SIB or the opcode byte. */
    int low3() {
        return ordinal() & 7;
    }

    /** Whether the register needs a REX extension bit (R8..R15). */
    boolean isExtended() {
        return ordinal() >= 8;
    }

    /**
     * Whether, used as a byte operand, this register needs a REX prefix: without one, encodings 4..7 would
     * mean AH, CH, DH, BH instead of SPL, BPL, SIL, DIL (SDM Vol. 2A, 3.7.2.1).
     */
    boolean byteFormNeedsRex() {
        int e = ordinal();
        return e >= 4 && e <= 7;
    }
}
