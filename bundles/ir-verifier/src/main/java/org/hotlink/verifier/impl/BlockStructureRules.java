package org.hotlink.verifier.impl;

import java.util.List;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Opcode;

/**
 * The shape of a function body that every later rule relies on: no empty blocks, exactly one
 * terminator at the end of each block, phi nodes only at the top, and branch targets inside the
 * function. Checked before the control-flow graph is built.
 */
final class BlockStructureRules {
    private BlockStructureRules() {
    }

    static void check(Function function) throws IrVerificationException {
        List<BasicBlock> blocks = function.blocks();
        for (int i = 0, n = blocks.size(); i < n; i++) {
            checkBlock(function, blocks.get(i));
        }
    }

    private static void checkBlock(Function function, BasicBlock block) throws IrVerificationException {
        List<Instruction> instructions = block.instructions();
        if (instructions.isEmpty()) {
            throw Failures.at(function, "basic block " + block.reference() + " is empty; every block must end with a terminator");
        }
        boolean phisAllowed = true;
        int last = instructions.size() - 1;
        for (int i = 0; i <= last; i++) {
            Instruction instruction = instructions.get(i);
            if (instruction.parent() != block) {
                Checks.state(false, "instruction %s is listed in block %s but has another parent", instruction,
                        block.name());
            }
            if (instruction.opcode() == Opcode.PHI) {
                if (!phisAllowed) {
                    throw Failures.at(instruction, "phi nodes not grouped at top of basic block " + block.reference());
                }
            } else {
                phisAllowed = false;
            }
            if (instruction.isTerminator() && i != last) {
                throw Failures.at(instruction, "terminator found in the middle of basic block " + block.reference());
            }
        }
        Instruction terminator = instructions.get(last);
        if (!terminator.isTerminator()) {
            throw Failures.at(terminator, "basic block " + block.reference() + " does not end with a terminator");
        }
        for (int i = 0, n = terminator.operandCount(); i < n; i++) {
            if (terminator.operand(i) instanceof BasicBlock target && target.parent() != function) {
                throw Failures.at(terminator, "branch to block " + target.reference() + " of another function");
            }
        }
    }

    /** LLVM: the entry block may not be a branch target (its phi nodes would have nothing to merge). */
    static void checkEntryHasNoPredecessors(ControlFlowGraph graph) throws IrVerificationException {
        int[] predecessors = graph.predecessors(0);
        if (predecessors.length > 0) {
            BasicBlock from = graph.block(predecessors[0]);
            throw Failures.at(from.instructions().get(from.instructions().size() - 1),
                    "entry block " + graph.block(0).reference() + " must not have predecessors");
        }
    }
}
