package org.hotlink.ir;

/** {@code insertelement <N x T> %v, T %e, iK %i}. Operands: [vector, value, index]. */
public final class InsertElementInstruction extends Instruction {
    public InsertElementInstruction(Value vector, Value value, Value index) {
        super(Opcode.INSERTELEMENT, vector.type(), vector, value, index);
    }

    public Value vector() {
        return operand(0);
    }

    public Value value() {
        return operand(1);
    }

    public Value index() {
        return operand(2);
    }
}
