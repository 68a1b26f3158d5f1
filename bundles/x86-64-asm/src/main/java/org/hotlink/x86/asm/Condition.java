package org.hotlink.x86.asm;

/**
 * The sixteen x86 condition codes used by Jcc, SETcc and CMOVcc, in their 4-bit encoding order
 * (Intel SDM Vol. 1, Appendix B, Table B-1). Aliases: B = C = NAE, AE = NB = NC, E = Z, NE = NZ, BE = NA,
 * A = NBE, P = PE, NP = PO, L = NGE, GE = NL, LE = NG, G = NLE.
 */
public enum Condition {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    /** The 4-bit condition code (added to 0x70, 0x0F 0x80, 0x0F 0x90 or 0x0F 0x40). */
    public int code() {
        return ordinal();
    }

    /** The condition that holds exactly when this one does not: flips the low bit of the code. */
    public Condition negate() {
        return values()[ordinal() ^ 1];
    }
}
