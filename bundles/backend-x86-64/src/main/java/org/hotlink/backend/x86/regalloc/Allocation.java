package org.hotlink.backend.x86.regalloc;

import java.util.Map;
import java.util.Set;

import org.hotlink.backend.x86.mir.FrameSlot;

/**
 * Result of register allocation: for every virtual register either a physical register or a
 * spill slot, and the callee-saved registers the prologue must save.
 */
public record Allocation(Map<Integer, Integer> registers, Map<Integer, FrameSlot> spills, Set<Integer> usedCalleeSaved) {
}
