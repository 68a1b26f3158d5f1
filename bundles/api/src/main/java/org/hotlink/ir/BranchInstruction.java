package org.hotlink.ir;

/** {@code br label %t} (operands: [target]) or {@code br i1 %c, label %t, label %f} (operands: [condition, true, false]). */
public final class BranchInstruction extends Instruction {
    public BranchInstruction(BasicBlock target) {
        super(Opcode.BR, VoidType.VOID, target);
    }

    public BranchInstruction(Value condition, BasicBlock trueTarget, BasicBlock falseTarget) {
        super(Opcode.BR, VoidType.VOID, condition, trueTarget, falseTarget);
    }

    public boolean isConditional() {
        return operandCount() == 3;
    }

    /** The target of an unconditional branch. */
    public BasicBlock target() {
        if (isConditional()) {
            throw new IllegalStateException("a conditional branch has two targets");
        }
        return (BasicBlock) operand(0);
    }

    /** The condition of a conditional branch. */
    public Value condition() {
        if (!isConditional()) {
            throw new IllegalStateException("an unconditional branch has no condition");
        }
        return operand(0);
    }

    public BasicBlock trueTarget() {
        return isConditional() ? (BasicBlock) operand(1) : target();
    }

    public BasicBlock falseTarget() {
        return isConditional() ? (BasicBlock) operand(2) : target();
    }
}
