package org.hotlink.verifier.impl;

import java.util.Arrays;
import java.util.List;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Constant;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.PhiInstruction;

/**
 * Verifies one function definition in three steps: block structure (which the graph needs),
 * then the control-flow graph and its dominator tree, then every instruction in layout order
 * (constant operands, operand types, phi entries, dominance of operands), so the first error reported is the
 * first one in the file among the instruction rules. Linear in the size of the function apart
 * from sorting each phi's entries.
 */
final class FunctionVerifier {
    private FunctionVerifier() {
    }

    static void verify(Function function, ConstantRules constants) throws IrVerificationException {
        if (function.isDeclaration()) {
            return;
        }
        BlockStructureRules.check(function);
        ControlFlowGraph graph = new ControlFlowGraph(function);
        BlockStructureRules.checkEntryHasNoPredecessors(graph);
        DominanceRules dominance = new DominanceRules(function, graph, new DominatorTree(graph));
        List<BasicBlock> blocks = function.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            int[] sortedPredecessors = null;
            // Indexed: no iterator per block (this loop visits every instruction of the module).
            List<Instruction> instructions = blocks.get(b).instructions();
            for (int i = 0, n = instructions.size(); i < n; i++) {
                Instruction instruction = instructions.get(i);
                checkConstantOperands(instruction, constants);
                InstructionRules.checkTypes(instruction, function);
                if (instruction instanceof PhiInstruction phi) {
                    if (sortedPredecessors == null) {
                        sortedPredecessors = graph.predecessors(b).clone();
                        Arrays.sort(sortedPredecessors);
                    }
                    PhiRules.check(phi, graph, sortedPredecessors);
                }
                dominance.checkOperands(instruction);
            }
        }
    }

    private static void checkConstantOperands(Instruction instruction, ConstantRules constants)
            throws IrVerificationException {
        for (int i = 0, n = instruction.operandCount(); i < n; i++) {
            if (instruction.operand(i) instanceof Constant constant) {
                String problem = constants.problemIn(constant);
                if (problem != null) {
                    throw Failures.at(instruction, "invalid constant operand: " + problem);
                }
            }
        }
    }
}
