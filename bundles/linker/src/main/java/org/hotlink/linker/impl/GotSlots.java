package org.hotlink.linker.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.Protection;
import org.hotlink.memory.SegmentRequest;

/**
 * Global offset table slots: 8-byte pointers on read-write pages, handed out from blocks of a
 * page, one per name reached through X86_64_GOTPCREL. Guarded by the layer's lock.
 */
final class GotSlots {
    private static final int SLOTS_PER_BLOCK = 512;

    private final MemoryArena arena;
    private final List<FinalizedAllocation> blocks = new ArrayList<>();
    private final Deque<PointerSlot> spare = new ArrayDeque<>();

    GotSlots(MemoryArena arena) {
        this.arena = arena;
    }

    /** A slot holding {@code value}. */
    PointerSlot take(long value) throws LinkException {
        if (spare.isEmpty()) {
            allocateBlock();
        }
        PointerSlot slot = spare.pop();
        slot.store(value);
        return slot;
    }

    void giveBack(PointerSlot slot) {
        slot.store(0);
        spare.push(slot);
    }

    void releaseAll() {
        for (FinalizedAllocation block : blocks) {
            block.release();
        }
        blocks.clear();
        spare.clear();
    }

    private void allocateBlock() throws LinkException {
        InFlightAllocation allocation;
        try {
            allocation = arena.allocate(new SegmentRequest(Protection.READ_WRITE, 8L * SLOTS_PER_BLOCK, 8));
        } catch (MemoryException e) {
            throw new LinkException("cannot allocate GOT slots: " + e.getMessage(), null, e);
        }
        try {
            FinalizedAllocation block = allocation.finalizeAllocation();
            blocks.add(block);
            for (int i = SLOTS_PER_BLOCK - 1; i >= 0; i--) {
                spare.push(new PointerSlot(block.segment(0), 8L * i));
            }
        } catch (MemoryException e) {
            allocation.abandon();
            throw new LinkException("cannot finalize GOT slots: " + e.getMessage(), null, e);
        }
    }
}
