package org.hotlink.backend.x86.regalloc;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Where each physical register is occupied by lowering's fixed uses: from each write (an
 * argument move, a call's clobber, a division) to its last read in the block. Physical
 * registers never carry values across blocks; a read without a write in the block (incoming
 * arguments) is occupied from the block's start. A virtual register may take a physical one
 * only where none of these ranges lies.
 */
final class FixedRanges {
    private FixedRanges() {
    }

    /** Occupancy of every physical register, pre-filled with the fixed ranges. */
    static RegisterOccupancy[] collect(MachineFunction function, InstructionNumbering numbering) {
        RegisterOccupancy[] occupancy = new RegisterOccupancy[Regs.FIRST_VIRTUAL];
        for (int r = 0; r < occupancy.length; r++) {
            occupancy[r] = new RegisterOccupancy();
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
                        occupancy[r].addFixed(open[r] >= 0 ? open[r] : blockStart, use);
                    }
                });
                OperandVisitor.forEachDef(in, r -> {
                    if (Regs.isPhysical(r) && r != Regs.RSP && r != Regs.RBP) {
                        open[r] = def;
                        occupancy[r].addFixed(def, def);
                    }
                });
                index++;
            }
        }
        return occupancy;
    }
}
