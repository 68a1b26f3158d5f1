package org.hotlink.backend.x86.regalloc;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Backward data-flow liveness of virtual registers over the machine CFG: live-out(B) is the
 * union of live-in of B's successors, live-in(B) = uses-before-defs(B) ∪ (live-out(B) − defs(B)),
 * iterated to a fixed point. Bits are virtual register numbers minus {@link Regs#FIRST_VIRTUAL}.
 */
final class Liveness {
    private final Map<MachineBlock, BitSet> liveIn = new IdentityHashMap<>();
    private final Map<MachineBlock, BitSet> liveOut = new IdentityHashMap<>();

    Liveness(MachineFunction function) {
        List<MachineBlock> blocks = function.blocks();
        Map<MachineBlock, BitSet> gen = new IdentityHashMap<>();
        Map<MachineBlock, BitSet> kill = new IdentityHashMap<>();
        for (MachineBlock block : blocks) {
            BitSet g = new BitSet();
            BitSet k = new BitSet();
            for (MachineInstruction in : block.instructions()) {
                OperandVisitor.forEachUse(in, r -> {
                    if (Regs.isVirtual(r) && !k.get(r - Regs.FIRST_VIRTUAL)) {
                        g.set(r - Regs.FIRST_VIRTUAL);
                    }
                });
                OperandVisitor.forEachDef(in, r -> {
                    if (Regs.isVirtual(r)) {
                        k.set(r - Regs.FIRST_VIRTUAL);
                    }
                });
            }
            gen.put(block, g);
            kill.put(block, k);
            liveIn.put(block, (BitSet) g.clone());
            liveOut.put(block, new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = blocks.size() - 1; i >= 0; i--) {
                MachineBlock block = blocks.get(i);
                BitSet out = new BitSet();
                for (MachineBlock succ : block.successors()) {
                    BitSet in = liveIn.get(succ);
                    checkInside(in != null, block, succ);
                    out.or(in);
                }
                BitSet in = (BitSet) out.clone();
                in.andNot(kill.get(block));
                in.or(gen.get(block));
                if (!out.equals(liveOut.get(block)) || !in.equals(liveIn.get(block))) {
                    liveOut.put(block, out);
                    liveIn.put(block, in);
                    changed = true;
                }
            }
        }
    }

    private static void checkInside(boolean ok, MachineBlock from, MachineBlock to) {
        org.hotlink.backend.x86.mir.Check.state(ok, "branch from " + from + " to " + to + " outside the function");
    }

    BitSet liveIn(MachineBlock block) {
        return liveIn.get(block);
    }

    BitSet liveOut(MachineBlock block) {
        return liveOut.get(block);
    }
}
