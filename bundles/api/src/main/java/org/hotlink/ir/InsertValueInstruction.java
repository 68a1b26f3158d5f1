package org.hotlink.ir;

/** {@code insertvalue {T, U} %agg, T %v, i...}. Operands: [aggregate, value]; the result has the aggregate's type. */
public final class InsertValueInstruction extends Instruction {
    private final int[] indices;

    public InsertValueInstruction(Value aggregate, Value value, int[] indices) {
        super(Opcode.INSERTVALUE, aggregate.type(), aggregate, value);
        this.indices = indices.clone();
    }

    public Value aggregate() {
        return operand(0);
    }

    public Value value() {
        return operand(1);
    }

    /** A copy of the constant indices. */
    public int[] indices() {
        return indices.clone();
    }
}
