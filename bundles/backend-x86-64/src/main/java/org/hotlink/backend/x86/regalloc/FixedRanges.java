package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Where each physical register is occupied by lowering's fixed uses: from each write (an
 * argument move, a call's clobber, a division) to its last read in the block. Physical
 * registers never carry values across blocks; a read without a write in the block (incoming
 * arguments) is occupied from the block's start. A virtual register may take a physical one
 * only if its interval overlaps none of these ranges.
 */
final class FixedRanges {
    private final List<List<int[]>> ranges = new ArrayList<>();

    FixedRanges(MachineFunction function, InstructionNumbering numbering) {
        for (int r = 0; r < Regs.FIRST_VIRTUAL; r++) {
            ranges.add(new ArrayList<>());
        }
        for (MachineBlock block : function.blocks()) {
            int[] open = new int[Regs.FIRST_VIRTUAL];
            java.util.Arrays.fill(open, -1);
            int index = numbering.first(block);
            int blockStart = numbering.blockStart(block);
            for (MachineInstruction in : block.instructions()) {
                int use = InstructionNumbering.usePosition(index);
                int def = InstructionNumbering.defPosition(index);
                OperandVisitor.forEachUse(in, r -> {
                    if (Regs.isPhysical(r) && r != Regs.RSP && r != Regs.RBP) {
                        ranges.get(r).add(new int[]{open[r] >= 0 ? open[r] : blockStart, use});
                    }
                });
                OperandVisitor.forEachDef(in, r -> {
                    if (Regs.isPhysical(r) && r != Regs.RSP && r != Regs.RBP) {
                        open[r] = def;
                        ranges.get(r).add(new int[]{def, def});
                    }
                });
                index++;
            }
        }
    }

    /** Whether physical register {@code reg} is occupied anywhere in [start, end]. */
    boolean conflicts(int reg, int start, int end) {
        for (int[] range : ranges.get(reg)) {
            if (range[0] <= end && range[1] >= start) {
                return true;
            }
        }
        return false;
    }
}
