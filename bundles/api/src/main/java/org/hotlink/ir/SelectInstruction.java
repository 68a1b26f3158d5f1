package org.hotlink.ir;

/** {@code select}. Operands: [condition, trueValue, falseValue]. */
public final class SelectInstruction extends Instruction {
    public SelectInstruction(Value condition, Value trueValue, Value falseValue) {
        super(Opcode.SELECT, trueValue.type(), condition, trueValue, falseValue);
    }

    public Value condition() {
        return operand(0);
    }

    public Value trueValue() {
        return operand(1);
    }

    public Value falseValue() {
        return operand(2);
    }
}
