package org.hotlink.ir;

/** {@code va_arg ptr %ap, T}. Operands: [list]; {@code type()} is the argument's type. */
public final class VaArgInstruction extends Instruction {
    public VaArgInstruction(Value list, Type type) {
        super(Opcode.VA_ARG, type, list);
    }

    public Value list() {
        return operand(0);
    }
}
