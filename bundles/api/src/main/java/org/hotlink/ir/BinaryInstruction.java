package org.hotlink.ir;

/** {@code add}, {@code fmul}, ... Operands: [lhs, rhs]; the result has the operands' type. */
public final class BinaryInstruction extends Instruction {
    public BinaryInstruction(Opcode opcode, Value lhs, Value rhs) {
        super(opcode, lhs.type(), lhs, rhs);
        if (!opcode.isBinary()) {
            throw new IllegalArgumentException(opcode + " is not a binary operation");
        }
    }

    public Value lhs() {
        return operand(0);
    }

    public Value rhs() {
        return operand(1);
    }

    public boolean hasNoUnsignedWrap() {
        return hasFlag("nuw");
    }

    public boolean hasNoSignedWrap() {
        return hasFlag("nsw");
    }

    public boolean isExact() {
        return hasFlag("exact");
    }

    /** {@code or disjoint}: no bit is set in both operands. */
    public boolean isDisjoint() {
        return hasFlag("disjoint");
    }
}
