package org.hotlink.ir;

/** {@code ret T %v} or {@code ret void}. Operands: [value] or none. */
public final class ReturnInstruction extends Instruction {
    public ReturnInstruction(Value value) {
        super(Opcode.RET, VoidType.VOID, value == null ? new Value[0] : new Value[] {value});
    }

    /** The returned value, or null for {@code ret void}. */
    public Value value() {
        return operandCount() == 0 ? null : operand(0);
    }
}
