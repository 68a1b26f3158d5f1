package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Linear-scan register allocation (Poletto and Sarkar, 1999) over whole-function live intervals.
 *
 * <p>Design: liveness is computed over the CFG ({@link Liveness}), so an interval spans every
 * block where its value is live, including loop back edges; values therefore stay in registers
 * across blocks and around loops. Each virtual register gets one interval [first def or
 * live-in, last use or live-out]. Intervals are visited by increasing start; a register is free
 * for an interval if no active interval holds it and no fixed range of lowering (call clobbers,
 * argument registers, RAX:RDX of division, CL of shifts) overlaps it — so values live across a
 * call land in callee-saved registers or are spilled. When none is free, the interval ending
 * last (the current one or an active one) is spilled to a stack slot for its whole life.
 * Values live across a {@code returns_twice} call (setjmp) are always spilled: longjmp restores
 * callee-saved registers to their state at setjmp time.
 *
 * <p>R10, R11, XMM14 and XMM15 are never allocated: {@link SpillRewriter} uses them to reload
 * and store spilled values around each instruction.
 */
public final class LinearScanAllocator {
    /** Allocation order: caller-saved first (no save cost), then callee-saved. */
    static final int[] GPR_ORDER = {Regs.RAX, Regs.RCX, Regs.RDX, Regs.RSI, Regs.RDI, Regs.R8, Regs.R9,
            Regs.RBX, Regs.R12, Regs.R13, Regs.R14, Regs.R15};
    static final int[] XMM_ORDER = {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29};

    public Allocation allocate(MachineFunction function) {
        InstructionNumbering numbering = new InstructionNumbering(function);
        Liveness liveness = new Liveness(function);
        FixedRanges fixed = new FixedRanges(function, numbering);
        List<LiveInterval> intervals = buildIntervals(function, numbering, liveness);
        List<Integer> returnsTwicePositions = returnsTwicePositions(function, numbering);

        Map<Integer, Integer> registers = new HashMap<>();
        Map<Integer, FrameSlot> spills = new HashMap<>();
        TreeSet<Integer> usedCalleeSaved = new TreeSet<>();
        // active intervals with the physical register each holds
        List<LiveInterval> active = new ArrayList<>();
        Map<LiveInterval, Integer> activeReg = new HashMap<>();

        intervals.sort(Comparator.comparingInt((LiveInterval i) -> i.start).thenComparingInt(i -> i.reg));
        for (LiveInterval current : intervals) {
            active.removeIf(a -> {
                if (a.end < current.start) {
                    activeReg.remove(a);
                    return true;
                }
                return false;
            });
            if (crossesAny(current, returnsTwicePositions)) {
                spills.put(current.reg, spillSlot(function, current));
                continue;
            }
            int[] order = current.regClass == RegClass.GPR ? GPR_ORDER : XMM_ORDER;
            int chosen = -1;
            if (current.hint >= 0 && isFree(current.hint, current, active, activeReg, fixed)) {
                chosen = current.hint;
            }
            for (int i = 0; chosen < 0 && i < order.length; i++) {
                if (isFree(order[i], current, active, activeReg, fixed)) {
                    chosen = order[i];
                }
            }
            if (chosen < 0) {
                LiveInterval victim = null;
                for (LiveInterval a : active) {
                    if (a.regClass == current.regClass && a.end > current.end
                            && !fixed.conflicts(activeReg.get(a), current.start, current.end)
                            && (victim == null || a.end > victim.end)) {
                        victim = a;
                    }
                }
                if (victim == null) {
                    spills.put(current.reg, spillSlot(function, current));
                    continue;
                }
                chosen = activeReg.remove(victim);
                active.remove(victim);
                registers.remove(victim.reg);
                spills.put(victim.reg, spillSlot(function, victim));
            }
            registers.put(current.reg, chosen);
            active.add(current);
            activeReg.put(current, chosen);
            if (Regs.isCalleeSaved(chosen)) {
                usedCalleeSaved.add(chosen);
            }
        }
        return new Allocation(registers, spills, usedCalleeSaved);
    }

    private static FrameSlot spillSlot(MachineFunction function, LiveInterval interval) {
        return function.newSlot(8, 8);
    }

    private static boolean isFree(int reg, LiveInterval current, List<LiveInterval> active,
                                  Map<LiveInterval, Integer> activeReg, FixedRanges fixed) {
        for (LiveInterval a : active) {
            if (activeReg.get(a) == reg) {
                return false;
            }
        }
        return !fixed.conflicts(reg, current.start, current.end);
    }

    private static boolean crossesAny(LiveInterval interval, List<Integer> positions) {
        for (int p : positions) {
            if (interval.start < p && p < interval.end) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> returnsTwicePositions(MachineFunction function, InstructionNumbering numbering) {
        List<Integer> out = new ArrayList<>();
        int index = 0;
        for (MachineBlock block : function.blocks()) {
            for (MachineInstruction in : block.instructions()) {
                if (in.returnsTwice()) {
                    out.add(InstructionNumbering.usePosition(index));
                }
                index++;
            }
        }
        return out;
    }

    static List<LiveInterval> buildIntervals(MachineFunction function, InstructionNumbering numbering, Liveness liveness) {
        LiveInterval[] byReg = new LiveInterval[function.virtualCount()];
        for (int v = 0; v < byReg.length; v++) {
            byReg[v] = new LiveInterval(v + Regs.FIRST_VIRTUAL, function.classOf(v + Regs.FIRST_VIRTUAL));
        }
        int index = 0;
        for (MachineBlock block : function.blocks()) {
            BitSet in = liveIn(liveness, block);
            for (int v = in.nextSetBit(0); v >= 0; v = in.nextSetBit(v + 1)) {
                byReg[v].cover(numbering.blockStart(block));
            }
            BitSet out = liveness.liveOut(block);
            for (int v = out.nextSetBit(0); v >= 0; v = out.nextSetBit(v + 1)) {
                byReg[v].cover(numbering.blockEnd(block));
            }
            for (MachineInstruction in2 : block.instructions()) {
                int use = InstructionNumbering.usePosition(index);
                int def = InstructionNumbering.defPosition(index);
                OperandVisitor.forEachUse(in2, r -> {
                    if (Regs.isVirtual(r)) {
                        byReg[r - Regs.FIRST_VIRTUAL].cover(use);
                    }
                });
                OperandVisitor.forEachDef(in2, r -> {
                    if (Regs.isVirtual(r)) {
                        byReg[r - Regs.FIRST_VIRTUAL].cover(def);
                    }
                });
                if ((in2.op() == Op.MOV || in2.op() == Op.FMOV)) {
                    int d = in2.reg(0);
                    int s = in2.reg(1);
                    if (Regs.isVirtual(d) && Regs.isPhysical(s)) {
                        byReg[d - Regs.FIRST_VIRTUAL].hint = s;
                    } else if (Regs.isVirtual(s) && Regs.isPhysical(d)) {
                        byReg[s - Regs.FIRST_VIRTUAL].hint = d;
                    }
                }
                index++;
            }
        }
        List<LiveInterval> out = new ArrayList<>();
        for (LiveInterval interval : byReg) {
            if (!interval.isEmpty()) {
                out.add(interval);
            }
        }
        return out;
    }

    private static BitSet liveIn(Liveness liveness, MachineBlock block) {
        return liveness.liveIn(block);
    }
}
