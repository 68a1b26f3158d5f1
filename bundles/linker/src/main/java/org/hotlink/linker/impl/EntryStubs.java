package org.hotlink.linker.impl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hotlink.codegen.StubWriter;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;
import org.hotlink.memory.SegmentRequest;

/**
 * Entry stubs handed out from blocks. A block is one allocation of a page of stubs (code) and
 * their pointer slots (read-write data); every stub of the block is written, each jumping through
 * its own slot, and every slot set to the undefined-function target, before the block is
 * finalized, so executable memory is never written afterwards. Unused stubs wait in a spare list.
 * Guarded by the layer's lock.
 */
final class EntryStubs {
    private static final int BLOCK_CODE_BYTES = 4096;

    private final MemoryArena arena;
    private final StubWriter writer;
    private final int stubsPerBlock;
    private final List<FinalizedAllocation> blocks = new ArrayList<>();
    private final Deque<EntryStub> spare = new ArrayDeque<>();
    private long undefinedTarget;

    EntryStubs(MemoryArena arena, StubWriter writer) {
        this.arena = arena;
        this.writer = writer;
        this.stubsPerBlock = Math.max(1, BLOCK_CODE_BYTES / writer.entryStubSize());
    }

    /** A stub whose slot holds the undefined-function target. */
    EntryStub take() throws LinkException {
        if (spare.isEmpty()) {
            allocateBlock();
        }
        return spare.pop();
    }

    /** Takes back a stub no name uses (after a failed add); its slot goes back to the undefined target. */
    void giveBack(EntryStub stub) {
        stub.slot().store(undefinedTarget);
        spare.push(stub);
    }

    /** Points every spare stub, and every stub of a later block, at {@code address}. */
    void setUndefinedTarget(long address) {
        undefinedTarget = address;
        for (EntryStub stub : spare) {
            stub.slot().store(address);
        }
    }

    void releaseAll() {
        for (FinalizedAllocation block : blocks) {
            block.release();
        }
        blocks.clear();
        spare.clear();
    }

    private void allocateBlock() throws LinkException {
        int stubSize = writer.entryStubSize();
        InFlightAllocation allocation;
        try {
            allocation = arena.allocate(new SegmentRequest(Protection.READ_EXECUTE, (long) stubSize * stubsPerBlock, 16),
                    new SegmentRequest(Protection.READ_WRITE, 8L * stubsPerBlock, 8));
        } catch (MemoryException e) {
            throw new LinkException("cannot allocate entry stubs: " + e.getMessage(), null, e);
        }
        try {
            Segment code = allocation.segment(0);
            Segment slots = allocation.segment(1);
            byte[] codeBytes = new byte[stubSize * stubsPerBlock];
            ByteBuffer slotBytes = ByteBuffer.allocate(8 * stubsPerBlock).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < stubsPerBlock; i++) {
                writer.writeEntryStub(codeBytes, i * stubSize, code.address() + (long) i * stubSize, slots.address() + 8L * i);
                slotBytes.putLong(undefinedTarget);
            }
            code.write(0, codeBytes);
            slots.write(0, slotBytes.array());
            FinalizedAllocation block = allocation.finalizeAllocation();
            blocks.add(block);
            for (int i = stubsPerBlock - 1; i >= 0; i--) {
                spare.push(new EntryStub(code.address() + (long) i * stubSize, new PointerSlot(block.segment(1), 8L * i)));
            }
        } catch (MemoryException | IllegalArgumentException e) {
            allocation.abandon();
            throw new LinkException("cannot write entry stubs: " + e.getMessage(), null, e);
        }
    }
}
