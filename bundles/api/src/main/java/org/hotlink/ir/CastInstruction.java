package org.hotlink.ir;

/** {@code trunc}, {@code zext}, ..., {@code bitcast}. Operands: [operand]; {@code type()} is the destination. */
public final class CastInstruction extends Instruction {
    public CastInstruction(Opcode opcode, Value operand, Type destination) {
        super(opcode, destination, operand);
        if (!opcode.isCast()) {
            throw new IllegalArgumentException(opcode + " is not a cast");
        }
    }

    public Value operand() {
        return operand(0);
    }

    /** {@code zext nneg} / {@code uitofp nneg}: the operand is known non-negative. */
    public boolean isNonNegative() {
        return hasFlag("nneg");
    }
}
