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
 * Entry stubs handed out from blocks. A block is one allocation of two segments:
 * <pre>
 * code (read-execute):  stub 0 .. stub n-1 | landing 0 .. landing n-1
 * data (read-write):    slot 0 .. slot n-1 | name slot 0 .. name slot n-1 | handler slot
 * </pre>
 * Stub i jumps through slot i; landing i loads name slot i into the first argument register and
 * jumps through the block's handler slot. Every stub and landing is written, every slot pointed
 * at its own landing and the handler slot set, before the block is finalized, so executable memory
 * is never written afterwards. Unused stubs wait in a spare list. Guarded by the layer's lock.
 */
final class EntryStubs {
    private static final int BLOCK_CODE_BYTES = 4096;
    private static final int SLOT_BYTES = 8;

    private final MemoryArena arena;
    private final StubWriter writer;
    private final NameStrings names;
    private final int stubsPerBlock;
    private final List<FinalizedAllocation> blocks = new ArrayList<>();
    private final List<PointerSlot> handlerSlots = new ArrayList<>();
    private final Deque<EntryStub> spare = new ArrayDeque<>();
    private long handler;

    EntryStubs(MemoryArena arena, StubWriter writer, NameStrings names) {
        this.arena = arena;
        this.writer = writer;
        this.names = names;
        this.stubsPerBlock = Math.max(1, BLOCK_CODE_BYTES / (writer.entryStubSize() + writer.undefinedLandingSize()));
    }

    /** How many stubs one block holds. */
    int stubsPerBlock() {
        return stubsPerBlock;
    }

    /** A stub for {@code name}: its slot leads to its landing, which reports {@code name}. */
    EntryStub take(String name) throws LinkException {
        long nameAddress = names.addressOf(name);
        if (spare.isEmpty()) {
            allocateBlock();
        }
        EntryStub stub = spare.pop();
        stub.nameSlot().store(nameAddress);
        return stub;
    }

    /** Takes back a stub that no published name ever used (after a failed update). */
    void giveBack(EntryStub stub) {
        stub.leadToLanding();
        stub.nameSlot().store(0);
        spare.push(stub);
    }

    /** Makes every landing, of existing blocks and of later ones, jump to {@code address}. */
    void setHandler(long address) {
        handler = address;
        for (PointerSlot slot : handlerSlots) {
            slot.store(address);
        }
    }

    void releaseAll() {
        for (FinalizedAllocation block : blocks) {
            block.release();
        }
        blocks.clear();
        handlerSlots.clear();
        spare.clear();
    }

    private void allocateBlock() throws LinkException {
        int stubSize = writer.entryStubSize();
        int landingSize = writer.undefinedLandingSize();
        long landingsOffset = align((long) stubSize * stubsPerBlock, landingSize);
        long codeBytes = landingsOffset + (long) landingSize * stubsPerBlock;
        long nameSlotsOffset = (long) SLOT_BYTES * stubsPerBlock;
        long handlerSlotOffset = 2L * SLOT_BYTES * stubsPerBlock;
        InFlightAllocation allocation;
        try {
            allocation = arena.allocate(new SegmentRequest(Protection.READ_EXECUTE, codeBytes, 16),
                    new SegmentRequest(Protection.READ_WRITE, handlerSlotOffset + SLOT_BYTES, SLOT_BYTES));
        } catch (MemoryException e) {
            throw new LinkException("cannot allocate entry stubs: " + e.getMessage(), null, e);
        }
        try {
            Segment code = allocation.segment(0);
            Segment data = allocation.segment(1);
            long handlerSlot = data.address() + handlerSlotOffset;
            byte[] codeImage = new byte[(int) codeBytes];
            // Slots lead to their landings, name slots are null until a name takes the stub.
            ByteBuffer dataImage = ByteBuffer.allocate((int) (handlerSlotOffset + SLOT_BYTES)).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < stubsPerBlock; i++) {
                long stub = code.address() + (long) i * stubSize;
                long landing = code.address() + landingsOffset + (long) i * landingSize;
                long slot = data.address() + (long) SLOT_BYTES * i;
                long nameSlot = data.address() + nameSlotsOffset + (long) SLOT_BYTES * i;
                writer.writeEntryStub(codeImage, i * stubSize, stub, slot);
                writer.writeUndefinedLanding(codeImage, (int) (landingsOffset + (long) i * landingSize), landing, nameSlot,
                        handlerSlot);
                dataImage.putLong(SLOT_BYTES * i, landing);
            }
            dataImage.putLong((int) handlerSlotOffset, handler);
            code.write(0, codeImage);
            data.write(0, dataImage.array());
            FinalizedAllocation block = allocation.finalizeAllocation();
            blocks.add(block);
            Segment slots = block.segment(1);
            handlerSlots.add(new PointerSlot(slots, handlerSlotOffset));
            for (int i = stubsPerBlock - 1; i >= 0; i--) {
                spare.push(new EntryStub(code.address() + (long) i * stubSize, new PointerSlot(slots, (long) SLOT_BYTES * i),
                        code.address() + landingsOffset + (long) i * landingSize,
                        new PointerSlot(slots, nameSlotsOffset + (long) SLOT_BYTES * i)));
            }
        } catch (MemoryException | IllegalArgumentException e) {
            allocation.abandon();
            throw new LinkException("cannot write entry stubs: " + e.getMessage(), null, e);
        }
    }

    private static long align(long value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
