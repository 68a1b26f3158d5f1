package org.hotlink.backend.x86.regalloc;

import java.util.List;

import org.hotlink.backend.x86.mir.Check;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Backward data-flow liveness of virtual registers over the machine CFG: live-out(B) is the
 * union of live-in of B's successors, live-in(B) = uses-before-defs(B) ∪ (live-out(B) − defs(B)),
 * iterated to a fixed point. Sets are dense bit vectors ({@code long[]}) indexed by block layout
 * index (see {@link InstructionNumbering}); bits are virtual register numbers minus
 * {@link Regs#FIRST_VIRTUAL}.
 */
final class Liveness {
    private final long[][] liveIn;
    private final long[][] liveOut;

    /** Requires the blocks' layout indices to be set ({@link InstructionNumbering}). */
    Liveness(MachineFunction function, InstructionNumbering numbering, RegisterAccesses accesses) {
        List<MachineBlock> blocks = function.blocks();
        int n = blocks.size();
        int words = (function.virtualCount() + 63) >>> 6;
        long[][] gen = new long[n][];
        long[][] kill = new long[n][];
        liveIn = new long[n][];
        liveOut = new long[n][];
        int[][] successors = new int[n][];
        for (int b = 0; b < n; b++) {
            MachineBlock block = blocks.get(b);
            long[] g = new long[words];
            long[] k = new long[words];
            int[] regs = accesses.regs();
            for (int i = numbering.first(b), end = numbering.end(b); i < end; i++) {
                for (int j = accesses.useStart(i), m = accesses.defStart(i); j < m; j++) {
                    int v = regs[j] - Regs.FIRST_VIRTUAL;
                    if (v >= 0 && (k[v >>> 6] & (1L << v)) == 0) {
                        g[v >>> 6] |= 1L << v;
                    }
                }
                for (int j = accesses.defStart(i), m = accesses.defEnd(i); j < m; j++) {
                    int v = regs[j] - Regs.FIRST_VIRTUAL;
                    if (v >= 0) {
                        k[v >>> 6] |= 1L << v;
                    }
                }
            }
            gen[b] = g;
            kill[b] = k;
            liveIn[b] = g.clone();
            liveOut[b] = new long[words];
            successors[b] = successors(blocks, block);
        }
        long[] out = new long[words];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = n - 1; b >= 0; b--) {
                java.util.Arrays.fill(out, 0L);
                for (int s : successors[b]) {
                    long[] in = liveIn[s];
                    for (int w = 0; w < words; w++) {
                        out[w] |= in[w];
                    }
                }
                long[] oldOut = liveOut[b];
                long[] oldIn = liveIn[b];
                long[] g = gen[b];
                long[] k = kill[b];
                for (int w = 0; w < words; w++) {
                    long o = out[w];
                    long i = (o & ~k[w]) | g[w];
                    if (o != oldOut[w] || i != oldIn[w]) {
                        oldOut[w] = o;
                        oldIn[w] = i;
                        changed = true;
                    }
                }
            }
        }
    }

    /** Layout indices of the successors of {@code block}: branch targets of its terminators, then extra successors. */
    private static int[] successors(List<MachineBlock> blocks, MachineBlock block) {
        List<MachineInstruction> list = block.instructions();
        int count = block.extraSuccessors().size();
        int start = block.terminatorStart();
        for (int i = start; i < list.size(); i++) {
            MachineInstruction in = list.get(i);
            for (int k = 0; k < in.operandCount(); k++) {
                if (in.operand(k) instanceof Operand.Block) {
                    count++;
                }
            }
        }
        int[] out = new int[count];
        int c = 0;
        for (int i = start; i < list.size(); i++) {
            MachineInstruction in = list.get(i);
            for (int k = 0; k < in.operandCount(); k++) {
                if (in.operand(k) instanceof Operand.Block t) {
                    out[c++] = indexOf(blocks, block, t.target());
                }
            }
        }
        for (MachineBlock t : block.extraSuccessors()) {
            out[c++] = indexOf(blocks, block, t);
        }
        return out;
    }

    private static int indexOf(List<MachineBlock> blocks, MachineBlock from, MachineBlock to) {
        int i = to.layoutIndex();
        if (i < 0 || i >= blocks.size() || blocks.get(i) != to) {
            throw Check.broken("branch from " + from + " to " + to + " outside the function");
        }
        return i;
    }

    /** Whether virtual register number {@code v} (minus FIRST_VIRTUAL) is live into block {@code b}. */
    boolean isLiveIn(int b, int v) {
        return (liveIn[b][v >>> 6] & (1L << v)) != 0;
    }

    boolean isLiveOut(int b, int v) {
        return (liveOut[b][v >>> 6] & (1L << v)) != 0;
    }

    long[] liveIn(int b) {
        return liveIn[b];
    }

    long[] liveOut(int b) {
        return liveOut[b];
    }
}
