package org.hotlink.ir;

/** {@code switch T %c, label %default [ T v, label %b ... ]}. Operands: [condition, default, value0, block0, ...]. */
public final class SwitchInstruction extends Instruction {
    public SwitchInstruction(Value condition, BasicBlock defaultTarget) {
        super(Opcode.SWITCH, VoidType.VOID, condition, defaultTarget);
    }

    public void addCase(ConstantInt value, BasicBlock target) {
        appendOperand(value);
        appendOperand(target);
    }

    public Value condition() {
        return operand(0);
    }

    public BasicBlock defaultTarget() {
        return (BasicBlock) operand(1);
    }

    public int caseCount() {
        return (operandCount() - 2) / 2;
    }

    public ConstantInt caseValue(int index) {
        return (ConstantInt) operand(2 + 2 * index);
    }

    public BasicBlock caseTarget(int index) {
        return (BasicBlock) operand(3 + 2 * index);
    }
}
