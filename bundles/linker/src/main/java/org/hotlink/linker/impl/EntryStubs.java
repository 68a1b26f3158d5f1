package org.hotlink.linker.impl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * code (read-execute):  stub 0 .. stub n-1 | landing 0 .. landing n-1 | lazy landing 0 .. lazy landing n-1 | trampoline
 * data (read-write):    slot 0 .. slot n-1 | name slot 0 .. name slot n-1 | handler slot | compiler slot
 * </pre>
 * Stub i jumps through slot i; landing i loads name slot i into the first argument register and
 * jumps through the block's handler slot; lazy landing i passes stub i's address to the block's
 * lazy trampoline, which calls the function held in the block's compiler slot. Every stub and
 * landing and the trampoline are written, every slot pointed at its own landing and the handler
 * and compiler slots set, before the block is finalized, so executable memory is never written
 * afterwards. Unused stubs wait in a spare list. Guarded by the layer's lock.
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
    private final List<PointerSlot> compilerSlots = new ArrayList<>();
    private final Deque<EntryStub> spare = new ArrayDeque<>();
    /** Every stub of every block by address, in use or not, so a stub address from compiled code can be checked. */
    private final Map<Long, EntryStub> byAddress = new HashMap<>();
    private long handler;
    private long compiler;

    EntryStubs(MemoryArena arena, StubWriter writer, NameStrings names) {
        this.arena = arena;
        this.writer = writer;
        this.names = names;
        int perStub = writer.entryStubSize() + writer.undefinedLandingSize() + writer.lazyLandingSize();
        this.stubsPerBlock = Math.max(1, (BLOCK_CODE_BYTES - writer.lazyTrampolineSize()) / perStub);
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

    /** Makes every lazy trampoline, of existing blocks and of later ones, call {@code address}. */
    void setLazyCompiler(long address) {
        compiler = address;
        for (PointerSlot slot : compilerSlots) {
            slot.store(address);
        }
    }

    /** The stub at {@code address} (in use, spare or detached), or null when no block of these stubs has one there. */
    EntryStub find(long address) {
        return byAddress.get(address);
    }

    void releaseAll() {
        for (FinalizedAllocation block : blocks) {
            block.release();
        }
        blocks.clear();
        handlerSlots.clear();
        compilerSlots.clear();
        byAddress.clear();
        spare.clear();
    }

    private void allocateBlock() throws LinkException {
        int stubSize = writer.entryStubSize();
        int landingSize = writer.undefinedLandingSize();
        int lazySize = writer.lazyLandingSize();
        long landingsOffset = align((long) stubSize * stubsPerBlock, landingSize);
        long lazyOffset = align(landingsOffset + (long) landingSize * stubsPerBlock, lazySize);
        long trampolineOffset = align(lazyOffset + (long) lazySize * stubsPerBlock, 16);
        long codeBytes = trampolineOffset + writer.lazyTrampolineSize();
        long nameSlotsOffset = (long) SLOT_BYTES * stubsPerBlock;
        long handlerSlotOffset = 2L * SLOT_BYTES * stubsPerBlock;
        long compilerSlotOffset = handlerSlotOffset + SLOT_BYTES;
        long dataBytes = compilerSlotOffset + SLOT_BYTES;
        InFlightAllocation allocation;
        try {
            allocation = arena.allocate(new SegmentRequest(Protection.READ_EXECUTE, codeBytes, 16),
                    new SegmentRequest(Protection.READ_WRITE, dataBytes, SLOT_BYTES));
        } catch (MemoryException e) {
            throw new LinkException("cannot allocate entry stubs: " + e.getMessage(), null, e);
        }
        try {
            Segment code = allocation.segment(0);
            Segment data = allocation.segment(1);
            long handlerSlot = data.address() + handlerSlotOffset;
            long trampoline = code.address() + trampolineOffset;
            byte[] codeImage = new byte[(int) codeBytes];
            // Slots lead to their landings, name slots are null until a name takes the stub.
            ByteBuffer dataImage = ByteBuffer.allocate((int) dataBytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < stubsPerBlock; i++) {
                long stub = code.address() + (long) i * stubSize;
                long landing = code.address() + landingsOffset + (long) i * landingSize;
                long lazyLanding = code.address() + lazyOffset + (long) i * lazySize;
                long slot = data.address() + (long) SLOT_BYTES * i;
                long nameSlot = data.address() + nameSlotsOffset + (long) SLOT_BYTES * i;
                writer.writeEntryStub(codeImage, i * stubSize, stub, slot);
                writer.writeUndefinedLanding(codeImage, (int) (landingsOffset + (long) i * landingSize), landing, nameSlot,
                        handlerSlot);
                writer.writeLazyLanding(codeImage, (int) (lazyOffset + (long) i * lazySize), lazyLanding, stub, trampoline);
                dataImage.putLong(SLOT_BYTES * i, landing);
            }
            writer.writeLazyTrampoline(codeImage, (int) trampolineOffset, trampoline, data.address() + compilerSlotOffset);
            dataImage.putLong((int) handlerSlotOffset, handler);
            dataImage.putLong((int) compilerSlotOffset, compiler);
            code.write(0, codeImage);
            data.write(0, dataImage.array());
            FinalizedAllocation block = allocation.finalizeAllocation();
            blocks.add(block);
            Segment slots = block.segment(1);
            handlerSlots.add(new PointerSlot(slots, handlerSlotOffset));
            compilerSlots.add(new PointerSlot(slots, compilerSlotOffset));
            for (int i = stubsPerBlock - 1; i >= 0; i--) {
                EntryStub stub = new EntryStub(code.address() + (long) i * stubSize, new PointerSlot(slots, (long) SLOT_BYTES * i),
                        code.address() + landingsOffset + (long) i * landingSize,
                        new PointerSlot(slots, nameSlotsOffset + (long) SLOT_BYTES * i),
                        code.address() + lazyOffset + (long) i * lazySize);
                byAddress.put(stub.address(), stub);
                spare.push(stub);
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
