package org.hotlink.backend.x86.mir;

/** x86 condition codes, numbered as in the Jcc/SETcc/CMOVcc opcode low nibble (Intel SDM Vol. 2, Appendix B.1.4.7). */
public enum Cond {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    /** The condition that holds exactly when this one does not. */
    public Cond negate() {
        return values()[ordinal() ^ 1];
    }

    /** The condition to test after swapping the compared operands. */
    public Cond swapOperands() {
        return switch (this) {
            case B -> A;
            case A -> B;
            case AE -> BE;
            case BE -> AE;
            case L -> G;
            case G -> L;
            case GE -> LE;
            case LE -> GE;
            default -> this;
        };
    }
}
