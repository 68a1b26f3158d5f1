package org.hotlink.backend.x86.regalloc;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.MachineFunction;
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
        RegisterAccesses accesses = new RegisterAccesses(function, numbering.instructionCount());
        Liveness liveness = new Liveness(function, numbering, accesses);
        RegisterOccupancy[] occupancy = FixedRanges.collect(function, numbering, accesses);
        LiveInterval[] intervals = buildIntervals(function, numbering, liveness, accesses);
        int[] returnsTwicePositions = accesses.returnsTwicePositions;

        int count = function.virtualCount();
        int[] registers = new int[count];
        Arrays.fill(registers, -1);
        FrameSlot[] spills = new FrameSlot[count];
        int usedRegisters = 0; // bit r set: physical register r holds some interval

        for (LiveInterval current : intervals) {
            int v = current.reg - Regs.FIRST_VIRTUAL;
            if (returnsTwicePositions.length > 0 && crossesAny(current, returnsTwicePositions)) {
                spills[v] = function.newSlot(8, 8);
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
                chosen = evict(current, order, occupancy, registers, spills, function);
                if (chosen < 0) {
                    spills[v] = function.newSlot(8, 8);
                    continue;
                }
            }
            registers[v] = chosen;
            occupancy[chosen].add(current);
            usedRegisters |= 1 << chosen;
        }
        return new Allocation(registers, spills, calleeSavedIn(usedRegisters));
    }

    /** Frees the cheapest register for {@code current} by spilling what overlaps it there; -1 if none is cheaper. */
    private static int evict(LiveInterval current, int[] order, RegisterOccupancy[] occupancy,
                             int[] registers, FrameSlot[] spills, MachineFunction function) {
        int best = -1;
        double bestCost = current.weight();
        List<LiveInterval> bestVictims = null;
        for (int reg : order) {
            if (occupancy[reg].overlapsFixed(current)) {
                continue;
            }
            List<LiveInterval> owners = occupancy[reg].ownersOverlapping(current);
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
            registers[victim.reg - Regs.FIRST_VIRTUAL] = -1;
            spills[victim.reg - Regs.FIRST_VIRTUAL] = function.newSlot(8, 8);
        }
        return best;
    }

    /** The callee-saved registers among the set bits of {@code registerBits}, in increasing order. */
    private static Set<Integer> calleeSavedIn(int registerBits) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int r : Regs.GPR_CALLEE_SAVED) {
            if ((registerBits & (1 << r)) != 0) {
                out.add(r);
            }
        }
        return out;
    }

    private static RegClass classOfPhysical(int reg) {
        return Regs.isXmm(reg) ? RegClass.XMM : RegClass.GPR;
    }

    private static boolean crossesAny(LiveInterval interval, int[] positions) {
        for (int p : positions) {
            if (interval.covers(p) && interval.covers(p + 1) && interval.start() < p) {
                return true;
            }
        }
        return false;
    }

    /**
     * One interval per virtual register: in each block, from the block start (if live in) or its
     * first access, to the block end (if live out) or its last access. Returns the non-empty
     * intervals sorted by start, then register.
     */
    static LiveInterval[] buildIntervals(MachineFunction function, InstructionNumbering numbering, Liveness liveness,
                                         RegisterAccesses accesses) {
        int count = function.virtualCount();
        LiveInterval[] byReg = new LiveInterval[count];
        for (int v = 0; v < count; v++) {
            byReg[v] = new LiveInterval(v + Regs.FIRST_VIRTUAL, function.classOf(v + Regs.FIRST_VIRTUAL));
        }
        int[] first = new int[count];
        int[] last = new int[count];
        // block (layout index + 1) in which first/last of a register were last set; 0 = never
        int[] seenIn = new int[count];
        int[] touched = new int[16];
        int[] regs = accesses.regs();
        int blockCount = function.blocks().size();
        for (int b = 0; b < blockCount; b++) {
            int stamp = b + 1;
            int touchedCount = 0;
            for (int index = numbering.first(b), end = numbering.end(b); index < end; index++) {
                int use = InstructionNumbering.usePosition(index);
                int def = InstructionNumbering.defPosition(index);
                int defStart = accesses.defStart(index);
                for (int j = accesses.useStart(index), m = accesses.defEnd(index); j < m; j++) {
                    int v = regs[j] - Regs.FIRST_VIRTUAL;
                    if (v < 0) {
                        continue;
                    }
                    int position = j < defStart ? use : def;
                    if (seenIn[v] != stamp) {
                        seenIn[v] = stamp;
                        first[v] = position;
                        last[v] = position;
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, 2 * touchedCount);
                        }
                        touched[touchedCount++] = v;
                    } else {
                        first[v] = Math.min(first[v], position);
                        last[v] = Math.max(last[v], position);
                    }
                    byReg[v].accesses++;
                }
            }
            int blockStart = numbering.blockStart(b);
            int blockEnd = numbering.blockEnd(b);
            long[] in = liveness.liveIn(b);
            long[] out = liveness.liveOut(b);
            // registers live through or into/out of the block
            for (int w = 0; w < in.length; w++) {
                long bits = in[w] | out[w];
                while (bits != 0) {
                    int v = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    boolean seen = seenIn[v] == stamp;
                    int from = (in[w] & (1L << v)) != 0 ? blockStart : seen ? first[v] : Integer.MAX_VALUE;
                    int to = (out[w] & (1L << v)) != 0 ? blockEnd : seen ? last[v] : Integer.MIN_VALUE;
                    if (from == Integer.MAX_VALUE || to == Integer.MIN_VALUE) {
                        from = blockStart;
                        to = blockEnd;
                    }
                    byReg[v].addRange(from, to);
                }
            }
            // registers accessed only inside the block
            for (int t = 0; t < touchedCount; t++) {
                int v = touched[t];
                if (!liveness.isLiveIn(b, v) && !liveness.isLiveOut(b, v)) {
                    byReg[v].addRange(first[v], last[v]);
                }
            }
        }
        int[] moves = accesses.moves;
        for (int m = 0; m < accesses.moveCount; m++) {
            int d = moves[2 * m];
            int s = moves[2 * m + 1];
            if (Regs.isVirtual(d) && Regs.isPhysical(s)) {
                byReg[d - Regs.FIRST_VIRTUAL].hint = s;
            } else if (Regs.isVirtual(s) && Regs.isPhysical(d)) {
                byReg[s - Regs.FIRST_VIRTUAL].hint = d;
            }
        }
        int nonEmpty = 0;
        for (LiveInterval interval : byReg) {
            if (!interval.isEmpty()) {
                nonEmpty++;
            }
        }
        // sort by (start, register) through one long key per interval
        long[] keys = new long[nonEmpty];
        int k = 0;
        for (int v = 0; v < count; v++) {
            if (!byReg[v].isEmpty()) {
                keys[k++] = ((long) byReg[v].start() << 32) | v;
            }
        }
        Arrays.sort(keys);
        LiveInterval[] result = new LiveInterval[nonEmpty];
        for (int i = 0; i < nonEmpty; i++) {
            result[i] = byReg[(int) keys[i]];
        }
        return result;
    }
}
