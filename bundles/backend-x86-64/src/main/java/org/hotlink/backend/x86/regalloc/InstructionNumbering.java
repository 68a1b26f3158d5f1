package org.hotlink.backend.x86.regalloc;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;

/**
 * Positions of instructions in the linear block order: instruction number i reads its operands
 * at position 2i and writes its results at 2i+1, so a value last read by an instruction and a
 * value it writes may share a register.
 */
final class InstructionNumbering {
    private final Map<MachineBlock, Integer> firstIndex = new IdentityHashMap<>();
    private final Map<MachineBlock, Integer> endIndex = new IdentityHashMap<>();
    private final int count;

    InstructionNumbering(MachineFunction function) {
        int index = 0;
        for (MachineBlock block : function.blocks()) {
            firstIndex.put(block, index);
            index += block.instructions().size();
            endIndex.put(block, index);
        }
        this.count = index;
    }

    int first(MachineBlock block) {
        return firstIndex.get(block);
    }

    /** Position where values live into the block are considered read: before its first instruction. */
    int blockStart(MachineBlock block) {
        return 2 * firstIndex.get(block);
    }

    /** Position where values live out of the block are considered last read: after its last instruction. */
    int blockEnd(MachineBlock block) {
        return 2 * endIndex.get(block) - 1;
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

    static List<MachineBlock> order(MachineFunction function) {
        return function.blocks();
    }
}
