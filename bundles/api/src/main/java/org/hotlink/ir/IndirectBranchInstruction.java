package org.hotlink.ir;

import java.util.List;

/** {@code indirectbr ptr %a, [label %b, ...]}. Operands: [address, destination0, ...]. */
public final class IndirectBranchInstruction extends Instruction {
    public IndirectBranchInstruction(Value address, List<BasicBlock> destinations) {
        super(Opcode.INDIRECTBR, VoidType.VOID, address);
        appendOperands(destinations);
    }

    public Value address() {
        return operand(0);
    }

    /** Unmodifiable view of the possible destinations. */
    @SuppressWarnings("unchecked")
    public List<BasicBlock> destinations() {
        return (List<BasicBlock>) (List<?>) operands().subList(1, operandCount());
    }
}
