package org.hotlink.backend.x86.regalloc;

import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;

/**
 * Positions of instructions in the linear block order: instruction number i reads its operands
 * at position 2i and writes its results at 2i+1, so a value last read by an instruction and a
 * value it writes may share a register. Numbers every block with its layout index
 * ({@link MachineBlock#layoutIndex()}), by which the allocator's per-block tables are indexed.
 */
final class InstructionNumbering {
    private final int[] firstIndex;
    private final int[] endIndex;
    private final int count;

    InstructionNumbering(MachineFunction function) {
        List<MachineBlock> blocks = function.blocks();
        firstIndex = new int[blocks.size()];
        endIndex = new int[blocks.size()];
        int index = 0;
        for (int b = 0; b < blocks.size(); b++) {
            MachineBlock block = blocks.get(b);
            block.setLayoutIndex(b);
            firstIndex[b] = index;
            index += block.instructions().size();
            endIndex[b] = index;
        }
        this.count = index;
    }

    /** Number of the first instruction of the block with layout index {@code b}. */
    int first(int b) {
        return firstIndex[b];
    }

    /** Number after the last instruction of the block with layout index {@code b}. */
    int end(int b) {
        return endIndex[b];
    }

    /** Position where values live into the block are considered read: before its first instruction. */
    int blockStart(int b) {
        return 2 * firstIndex[b];
    }

    /** Position where values live out of the block are considered last read: after its last instruction. */
    int blockEnd(int b) {
        return 2 * endIndex[b] - 1;
    }

    int instructionCount() {
        return count;
    }

    static int usePosition(int index) {
        return 2 * index;
    }

    static int defPosition(int index) {
        return 2 * index + 1;
    }
}
