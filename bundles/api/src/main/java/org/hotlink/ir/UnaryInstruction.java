package org.hotlink.ir;

/** {@code fneg} or {@code freeze}. Operands: [operand]; the result has the operand's type. */
public final class UnaryInstruction extends Instruction {
    public UnaryInstruction(Opcode opcode, Value operand) {
        super(opcode, operand.type(), operand);
        if (opcode != Opcode.FNEG && opcode != Opcode.FREEZE) {
            throw new IllegalArgumentException(opcode + " is not a unary operation");
        }
    }

    public Value operand() {
        return operand(0);
    }
}
