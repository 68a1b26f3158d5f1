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
 * Linear-scan register allocation over live intervals with lifetime holes (after Poletto and
 * Sarkar 1999, with Wimmer's hole-aware intervals, without interval splitting).
 *
 * <p>Design: liveness is computed over the CFG ({@link Liveness}); each virtual register's
 * interval is the list of block stretches where it is live, so values stay in registers across
 * blocks and around loops, and a value that is dead inside a loop leaves its register free there.
 * Intervals are visited by increasing start. A physical register can take an interval if none
 * of its ranges overlaps the ranges already placed in that register ({@link RegisterOccupancy}),
 * which include lowering's fixed uses (call clobbers, argument registers, RAX:RDX of division,
 * CL of shifts) — so values live across a call land in callee-saved registers or are spilled.
 * When no register is free, the register whose overlapping intervals weigh least (accesses per
 * covered position) is taken if they weigh less than the current interval, and they are spilled
 * for their whole life; otherwise the current interval is spilled. Values live across a
 * {@code returns_twice} call (setjmp) are always spilled: longjmp restores callee-saved
 * registers to their state at setjmp time.
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
        RegisterOccupancy[] occupancy = FixedRanges.collect(function, numbering);
        List<LiveInterval> intervals = buildIntervals(function, numbering, liveness);
        List<Integer> returnsTwicePositions = returnsTwicePositions(function);

        Map<Integer, Integer> registers = new HashMap<>();
        Map<Integer, FrameSlot> spills = new HashMap<>();
        TreeSet<Integer> usedCalleeSaved = new TreeSet<>();
        Map<LiveInterval, Integer> assigned = new HashMap<>();

        intervals.sort(Comparator.comparingInt(LiveInterval::start).thenComparingInt(i -> i.reg));
        for (LiveInterval current : intervals) {
            if (crossesAny(current, returnsTwicePositions)) {
                spills.put(current.reg, function.newSlot(8, 8));
                continue;
            }
            int[] order = current.regClass == RegClass.GPR ? GPR_ORDER : XMM_ORDER;
            int chosen = -1;
            if (current.hint >= 0 && current.regClass == classOfPhysical(current.hint)
                    && !occupancy[current.hint].overlaps(current)) {
                chosen = current.hint;
            }
            for (int i = 0; chosen < 0 && i < order.length; i++) {
                if (!occupancy[order[i]].overlaps(current)) {
                    chosen = order[i];
                }
            }
            if (chosen < 0) {
                chosen = evict(current, order, occupancy, assigned, registers, spills, function);
                if (chosen < 0) {
                    spills.put(current.reg, function.newSlot(8, 8));
                    continue;
                }
            }
            registers.put(current.reg, chosen);
            occupancy[chosen].add(current);
            assigned.put(current, chosen);
            if (Regs.isCalleeSaved(chosen)) {
                usedCalleeSaved.add(chosen);
            }
        }
        return new Allocation(registers, spills, usedCalleeSaved);
    }

    /** Frees the cheapest register for {@code current} by spilling what overlaps it there; -1 if none is cheaper. */
    private static int evict(LiveInterval current, int[] order, RegisterOccupancy[] occupancy,
                             Map<LiveInterval, Integer> assigned, Map<Integer, Integer> registers,
                             Map<Integer, FrameSlot> spills, MachineFunction function) {
        int best = -1;
        double bestCost = current.weight();
        List<LiveInterval> bestVictims = null;
        for (int reg : order) {
            List<LiveInterval> owners = occupancy[reg].ownersOverlapping(current);
            if (owners.contains(null)) {
                continue;
            }
            double cost = 0;
            for (LiveInterval o : owners) {
                cost += o.weight();
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = reg;
                bestVictims = owners;
            }
        }
        if (best < 0) {
            return -1;
        }
        for (LiveInterval victim : bestVictims) {
            occupancy[best].remove(victim);
            assigned.remove(victim);
            registers.remove(victim.reg);
            spills.put(victim.reg, function.newSlot(8, 8));
        }
        return best;
    }

    private static RegClass classOfPhysical(int reg) {
        return Regs.isXmm(reg) ? RegClass.XMM : RegClass.GPR;
    }

    private static boolean crossesAny(LiveInterval interval, List<Integer> positions) {
        for (int p : positions) {
            if (interval.covers(p) && interval.covers(p + 1) && interval.start() < p) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> returnsTwicePositions(MachineFunction function) {
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

    /**
     * One interval per virtual register: in each block, from the block start (if live in) or its
     * first access, to the block end (if live out) or its last access.
     */
    static List<LiveInterval> buildIntervals(MachineFunction function, InstructionNumbering numbering, Liveness liveness) {
        int count = function.virtualCount();
        LiveInterval[] byReg = new LiveInterval[count];
        for (int v = 0; v < count; v++) {
            byReg[v] = new LiveInterval(v + Regs.FIRST_VIRTUAL, function.classOf(v + Regs.FIRST_VIRTUAL));
        }
        int[] first = new int[count];
        int[] last = new int[count];
        int index = 0;
        for (MachineBlock block : function.blocks()) {
            java.util.Arrays.fill(first, Integer.MAX_VALUE);
            java.util.Arrays.fill(last, Integer.MIN_VALUE);
            BitSet seen = new BitSet();
            for (MachineInstruction in : block.instructions()) {
                int use = InstructionNumbering.usePosition(index);
                int def = InstructionNumbering.defPosition(index);
                OperandVisitor.forEachUse(in, r -> {
                    if (Regs.isVirtual(r)) {
                        int v = r - Regs.FIRST_VIRTUAL;
                        first[v] = Math.min(first[v], use);
                        last[v] = Math.max(last[v], use);
                        byReg[v].accesses++;
                        seen.set(v);
                    }
                });
                OperandVisitor.forEachDef(in, r -> {
                    if (Regs.isVirtual(r)) {
                        int v = r - Regs.FIRST_VIRTUAL;
                        first[v] = Math.min(first[v], def);
                        last[v] = Math.max(last[v], def);
                        byReg[v].accesses++;
                        seen.set(v);
                    }
                });
                if ((in.op() == Op.MOV || in.op() == Op.FMOV)) {
                    int d = in.reg(0);
                    int s = in.reg(1);
                    if (Regs.isVirtual(d) && Regs.isPhysical(s)) {
                        byReg[d - Regs.FIRST_VIRTUAL].hint = s;
                    } else if (Regs.isVirtual(s) && Regs.isPhysical(d)) {
                        byReg[s - Regs.FIRST_VIRTUAL].hint = d;
                    }
                }
                index++;
            }
            BitSet in = liveness.liveIn(block);
            BitSet out = liveness.liveOut(block);
            BitSet present = (BitSet) seen.clone();
            present.or(in);
            present.or(out);
            for (int v = present.nextSetBit(0); v >= 0; v = present.nextSetBit(v + 1)) {
                int from = in.get(v) ? numbering.blockStart(block) : first[v];
                int to = out.get(v) ? numbering.blockEnd(block) : last[v];
                if (from == Integer.MAX_VALUE || to == Integer.MIN_VALUE) {
                    from = numbering.blockStart(block);
                    to = numbering.blockEnd(block);
                }
                byReg[v].addRange(from, to);
            }
        }
        List<LiveInterval> result = new ArrayList<>();
        for (LiveInterval interval : byReg) {
            if (!interval.isEmpty()) {
                result.add(interval);
            }
        }
        return result;
    }
}
