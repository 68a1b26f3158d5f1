package org.hotlink.ir;

/** {@code extractvalue {T, U} %agg, i...}. Operands: [aggregate]. */
public final class ExtractValueInstruction extends Instruction {
    private final int[] indices;

    public ExtractValueInstruction(Type type, Value aggregate, int[] indices) {
        super(Opcode.EXTRACTVALUE, type, aggregate);
        this.indices = indices.clone();
    }

    public Value aggregate() {
        return operand(0);
    }

    /** A copy of the constant indices. */
    public int[] indices() {
        return indices.clone();
    }
}
