package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.ir.BasicBlock;

/**
 * The machine blocks each IR block of a function is lowered into: its entry block first, then the
 * blocks lowering adds (compare chains, split edges, loops). Indexed by the IR block's position in
 * its function ({@link BasicBlock#indexInFunction()}), so lookups need no hashing.
 */
final class BlockChains {
    private final List<BasicBlock> irBlocks;
    private final List<List<MachineBlock>> chains;

    /** One chain per block of {@code irBlocks} (a function's blocks in order), holding its entry block. */
    BlockChains(List<BasicBlock> irBlocks, List<MachineBlock> entries) {
        this.irBlocks = irBlocks;
        this.chains = new ArrayList<>(irBlocks.size());
        for (MachineBlock entry : entries) {
            List<MachineBlock> chain = new ArrayList<>(2);
            chain.add(entry);
            chains.add(chain);
        }
    }

    /** The machine block where IR block {@code b} starts, or null if {@code b} is not a block of this function. */
    MachineBlock first(BasicBlock b) {
        int i = indexOf(b);
        return i < 0 ? null : chains.get(i).get(0);
    }

    /** Appends {@code block} to the chain of IR block {@code b}. */
    void append(BasicBlock b, MachineBlock block) {
        chains.get(indexOf(b)).add(block);
    }

    /** All machine blocks in layout order: the chains in IR block order. */
    List<MachineBlock> ordered() {
        int count = 0;
        for (List<MachineBlock> chain : chains) {
            count += chain.size();
        }
        List<MachineBlock> out = new ArrayList<>(count);
        for (List<MachineBlock> chain : chains) {
            out.addAll(chain);
        }
        return out;
    }

    private int indexOf(BasicBlock b) {
        int i = b.indexInFunction();
        if (i >= 0 && i < irBlocks.size() && irBlocks.get(i) == b) {
            return i;
        }
        return irBlocks.indexOf(b);
    }
}
