package org.hotlink.ir;

/** {@code extractelement <N x T> %v, iK %i}. Operands: [vector, index]. */
public final class ExtractElementInstruction extends Instruction {
    public ExtractElementInstruction(Value vector, Value index) {
        super(Opcode.EXTRACTELEMENT, vector.type().scalarType(), vector, index);
    }

    public Value vector() {
        return operand(0);
    }

    public Value index() {
        return operand(1);
    }
}
