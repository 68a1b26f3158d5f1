package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Argument;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.Value;

/**
 * SSA dominance of one function's operands, as LLVM checks it: a definition dominates each use
 * (a phi's use at the end of its incoming block), only phi nodes may use their own value, and
 * uses in blocks unreachable from the entry are exempt from both rules. Each query is constant time: instruction
 * order inside a block comes from {@link Instruction#indexInBlock()}, block order from the
 * {@link DominatorTree}.
 */
final class DominanceRules {
    private final Function function;
    private final ControlFlowGraph graph;
    private final DominatorTree tree;

    DominanceRules(Function function, ControlFlowGraph graph, DominatorTree tree) {
        this.function = function;
        this.graph = graph;
        this.tree = tree;
    }

    /** Checks every operand of {@code user}. */
    void checkOperands(Instruction user) throws IrVerificationException {
        for (int i = 0, n = user.operandCount(); i < n; i++) {
            Value operand = user.operand(i);
            if (operand instanceof Instruction definition) {
                checkInstructionUse(user, i, definition);
            } else if (operand instanceof Argument argument && argument.parent() != function) {
                throw Failures.at(user, "referring to an argument in another function: " + Failures.describe(argument));
            }
        }
    }

    private void checkInstructionUse(Instruction user, int operandIndex, Instruction definition)
            throws IrVerificationException {
        int definitionBlock = graph.numberOf(definition.parent());
        if (definitionBlock < 0) {
            throw Failures.at(user, "referring to an instruction in another function: " + Failures.describe(definition));
        }
        boolean dominated;
        if (user instanceof PhiInstruction phi) {
            Checks.state(operandIndex % 2 == 0, "phi operand %d is not an incoming value", operandIndex);
            int incoming = graph.numberOf(phi.incomingBlock(operandIndex / 2));
            dominated = !tree.isReachable(incoming) || tree.dominates(definitionBlock, incoming);
        } else {
            int useBlock = graph.numberOf(user.parent());
            if (!tree.isReachable(useBlock)) {
                return; // LLVM exempts unreachable code, self references included
            }
            if (definition == user) {
                throw Failures.at(user, "only phi nodes may reference their own value");
            }
            dominated = definitionBlock == useBlock
                    ? definition.indexInBlock() < user.indexInBlock()
                    : tree.dominates(definitionBlock, useBlock);
        }
        if (!dominated) {
            throw Failures.at(user, "instruction does not dominate all uses: " + Failures.describe(definition)
                    + " is used before it is defined on some path");
        }
    }
}
