package org.hotlink.ir;

/** {@code phi}. Operands: [value0, block0, value1, block1, ...]. */
public final class PhiInstruction extends Instruction {
    public PhiInstruction(Type type) {
        super(Opcode.PHI, type);
    }

    public void addIncoming(Value value, BasicBlock block) {
        appendOperand(value);
        appendOperand(block);
    }

    public int incomingCount() {
        return operandCount() / 2;
    }

    public Value incomingValue(int index) {
        return operand(2 * index);
    }

    public BasicBlock incomingBlock(int index) {
        return (BasicBlock) operand(2 * index + 1);
    }
}
