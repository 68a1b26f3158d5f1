package org.hotlink.backend.x86.regalloc;

import java.util.Arrays;
import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
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
    static RegisterOccupancy[] collect(MachineFunction function, InstructionNumbering numbering,
                                       RegisterAccesses accesses) {
        RegisterOccupancy[] occupancy = new RegisterOccupancy[Regs.FIRST_VIRTUAL];
        for (int r = 0; r < occupancy.length; r++) {
            occupancy[r] = new RegisterOccupancy();
        }
        List<MachineBlock> blocks = function.blocks();
        int[] open = new int[Regs.FIRST_VIRTUAL];
        for (int b = 0; b < blocks.size(); b++) {
            Arrays.fill(open, -1);
            int blockStart = numbering.blockStart(b);
            int[] regs = accesses.regs();
            for (int index = numbering.first(b), end = numbering.end(b); index < end; index++) {
                int use = InstructionNumbering.usePosition(index);
                int def = InstructionNumbering.defPosition(index);
                for (int j = accesses.useStart(index), m = accesses.defStart(index); j < m; j++) {
                    int r = regs[j];
                    if (fixed(r)) {
                        occupancy[r].addFixed(open[r] >= 0 ? open[r] : blockStart, use);
                    }
                }
                for (int j = accesses.defStart(index), m = accesses.defEnd(index); j < m; j++) {
                    int r = regs[j];
                    if (fixed(r)) {
                        open[r] = def;
                        occupancy[r].addFixed(def, def);
                    }
                }
            }
        }
        return occupancy;
    }

    private static boolean fixed(int r) {
        return r >= 0 && r < Regs.FIRST_VIRTUAL && r != Regs.RSP && r != Regs.RBP;
    }
}
