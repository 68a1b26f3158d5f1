package org.hotlink.backend.x86.regalloc;

import java.util.Set;

import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Result of register allocation: for every virtual register either a physical register or a
 * spill slot, and the callee-saved registers the prologue must save (in increasing order).
 * Tables are indexed by virtual register number minus {@link Regs#FIRST_VIRTUAL}.
 */
public final class Allocation {
    private final int[] registers;
    private final FrameSlot[] spills;
    private final Set<Integer> usedCalleeSaved;

    private final boolean anySpilled;

    Allocation(int[] registers, FrameSlot[] spills, Set<Integer> usedCalleeSaved) {
        this.registers = registers;
        this.spills = spills;
        this.usedCalleeSaved = usedCalleeSaved;
        boolean any = false;
        for (FrameSlot s : spills) {
            if (s != null) {
                any = true;
                break;
            }
        }
        this.anySpilled = any;
    }

    /** Whether some virtual register was spilled. */
    public boolean anySpilled() {
        return anySpilled;
    }

    /** The physical register of virtual register {@code reg}, or -1 if it has none (spilled or unused). */
    public int register(int reg) {
        return registers[reg - Regs.FIRST_VIRTUAL];
    }

    /** The spill slot of virtual register {@code reg}, or null if it is not spilled. */
    public FrameSlot spillSlot(int reg) {
        return spills[reg - Regs.FIRST_VIRTUAL];
    }

    public Set<Integer> usedCalleeSaved() {
        return usedCalleeSaved;
    }
}
