package org.hotlink.linker.impl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.InFlightAllocation;
import org.hotlink.memory.MemoryArena;
import org.hotlink.memory.Protection;
import org.hotlink.memory.Segment;
import org.hotlink.memory.SegmentRequest;

/**
 * Symbol names as NUL-terminated strings in read-write memory of the arena, for the name slots of
 * undefined landings. Names are interned (one copy per distinct name, never freed before
 * {@link #releaseAll()}), so a stub that is given back after a failed update leaks nothing that a
 * retry would not reuse. Strings are carved from blocks; a name longer than a block gets its own
 * allocation. Guarded by the layer's lock.
 */
final class NameStrings {
    private static final int BLOCK_BYTES = 4096;

    private final MemoryArena arena;
    private final Map<String, Long> interned = new HashMap<>();
    private final List<FinalizedAllocation> blocks = new ArrayList<>();
    private Segment current;
    private long used;

    NameStrings(MemoryArena arena) {
        this.arena = arena;
    }

    /** The address of {@code name}'s UTF-8 bytes followed by a NUL byte. */
    long addressOf(String name) throws LinkException {
        Long known = interned.get(name);
        if (known != null) {
            return known;
        }
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] terminated = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, terminated, 0, utf8.length);
        Segment segment;
        long offset;
        if (terminated.length > BLOCK_BYTES) {
            segment = allocate(terminated.length);
            offset = 0;
        } else {
            if (current == null || used + terminated.length > current.size()) {
                current = allocate(BLOCK_BYTES);
                used = 0;
            }
            segment = current;
            offset = used;
            used += terminated.length;
        }
        segment.write(offset, terminated);
        long address = segment.address() + offset;
        interned.put(name, address);
        return address;
    }

    void releaseAll() {
        for (FinalizedAllocation block : blocks) {
            block.release();
        }
        blocks.clear();
        interned.clear();
        current = null;
    }

    private Segment allocate(int bytes) throws LinkException {
        InFlightAllocation allocation = null;
        try {
            allocation = arena.allocate(new SegmentRequest(Protection.READ_WRITE, bytes, 8));
            FinalizedAllocation block = allocation.finalizeAllocation();
            blocks.add(block);
            return block.segment(0);
        } catch (MemoryException e) {
            if (allocation != null) {
                allocation.abandon();
            }
            throw new LinkException("cannot allocate memory for symbol names: " + e.getMessage(), null, e);
        }
    }
}
