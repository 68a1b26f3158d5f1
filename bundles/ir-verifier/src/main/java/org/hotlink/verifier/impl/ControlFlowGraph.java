package org.hotlink.verifier.impl;

import java.util.Arrays;
import java.util.List;

import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Function;
import org.hotlink.ir.Instruction;

/**
 * The control-flow graph of one function over block numbers (the blocks' order in the function):
 * successor and predecessor edges with multiplicity (a switch naming a block twice gives two
 * edges, as LLVM counts them for phi nodes). Built in time linear in blocks plus edges. Assumes
 * every block ends in a terminator whose block operands belong to this function (the structure
 * rules check that first). A block's number is its {@link BasicBlock#indexInFunction()}.
 */
final class ControlFlowGraph {
    private final Function function;
    private final List<BasicBlock> blocks;
    private final int[][] successors;
    private final int[][] predecessors;

    ControlFlowGraph(Function function) {
        this.function = function;
        this.blocks = List.copyOf(function.blocks());
        int n = blocks.size();
        successors = new int[n][];
        int[] predecessorCounts = new int[n];
        for (int b = 0; b < n; b++) {
            successors[b] = successorNumbers(blocks.get(b));
            for (int s : successors[b]) {
                predecessorCounts[s]++;
            }
        }
        predecessors = new int[n][];
        for (int b = 0; b < n; b++) {
            predecessors[b] = new int[predecessorCounts[b]];
        }
        int[] filled = new int[n];
        for (int b = 0; b < n; b++) {
            for (int s : successors[b]) {
                predecessors[s][filled[s]++] = b;
            }
        }
    }

    private int[] successorNumbers(BasicBlock block) {
        List<Instruction> instructions = block.instructions();
        Instruction terminator = instructions.get(instructions.size() - 1);
        int n = terminator.operandCount();
        int[] out = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (terminator.operand(i) instanceof BasicBlock target) {
                int number = numberOf(target);
                Checks.state(number >= 0, "terminator of %s names a block outside its function", block.name());
                out[count++] = number;
            }
        }
        return Arrays.copyOf(out, count);
    }

    int blockCount() {
        return blocks.size();
    }

    BasicBlock block(int number) {
        return blocks.get(number);
    }

    /** The block's number, or -1 for a block that is not part of this function. */
    int numberOf(BasicBlock block) {
        if (block == null || block.parent() != function) {
            return -1;
        }
        int number = block.indexInFunction();
        return number < blocks.size() && blocks.get(number) == block ? number : -1;
    }

    /** Successor numbers in terminator operand order, duplicates kept. Do not modify. */
    int[] successors(int block) {
        return successors[block];
    }

    /** One entry per incoming edge, duplicates kept. Do not modify. */
    int[] predecessors(int block) {
        return predecessors[block];
    }
}
