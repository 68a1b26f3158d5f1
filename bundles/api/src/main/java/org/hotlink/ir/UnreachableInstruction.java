package org.hotlink.ir;

/** {@code unreachable}: control never gets here. No operands. */
public final class UnreachableInstruction extends Instruction {
    public UnreachableInstruction() {
        super(Opcode.UNREACHABLE, VoidType.VOID);
    }
}
