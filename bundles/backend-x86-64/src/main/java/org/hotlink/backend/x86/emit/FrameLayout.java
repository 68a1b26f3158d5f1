package org.hotlink.backend.x86.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.MachineFunction;

/**
 * The stack frame of a function, RBP-based so the frame chain stays walkable:
 * <pre>
 *   [rbp+16 ...]   stack arguments
 *   [rbp+8]        return address
 *   [rbp]          caller's rbp
 *   [rbp-8 ...]    callee-saved registers this function uses, in push order
 *   below          frame slots (allocas, spills, register save area), each aligned
 *   [rsp]          16-byte aligned after the prologue; calls push their stack arguments below it
 * </pre>
 */
public final class FrameLayout {
    private final List<Integer> savedRegisters;
    private final long frameBytes;

    public FrameLayout(MachineFunction function, Set<Integer> usedCalleeSaved) {
        this.savedRegisters = new ArrayList<>(usedCalleeSaved);
        long offset = -8L * savedRegisters.size();
        for (FrameSlot slot : function.slots()) {
            offset -= slot.size();
            offset = Math.floorDiv(offset, slot.alignment()) * slot.alignment();
            if (offset < Integer.MIN_VALUE / 2) {
                throw new IllegalStateException("stack frame of " + function.name() + " exceeds 1 GiB");
            }
            slot.place((int) offset);
        }
        long total = -offset;
        long saved = 8L * savedRegisters.size();
        this.frameBytes = (total + 15) / 16 * 16 - saved;
        org.hotlink.backend.x86.mir.Check.state((saved + frameBytes) % 16 == 0, "frame of " + function.name()
                + " keeps RSP 16-byte aligned");
    }

    /** Callee-saved registers pushed after RBP, in push order. */
    public List<Integer> savedRegisters() {
        return savedRegisters;
    }

    /** Bytes subtracted from RSP after the pushes. */
    public long frameBytes() {
        return frameBytes;
    }
}
