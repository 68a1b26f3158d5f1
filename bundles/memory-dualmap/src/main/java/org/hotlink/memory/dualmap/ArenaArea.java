package org.hotlink.memory.dualmap;

import org.hotlink.diagnostic.MemoryException;
import org.hotlink.memory.Protection;

/**
 * One area of an arena, holding segments of one protection. Code and read-only areas are views of
 * the arena's memfd that stay inaccessible until a segment on their pages is finalized; they are
 * written through the writable alias at {@code address + aliasDelta}. The read-write area is
 * anonymous memory made readable and writable page by page as it is first used. Not thread-safe:
 * the arena's lock guards it.
 */
final class ArenaArea {
    private final Protection protection;
    private final long pageSize;
    private final long aliasDelta;
    private final FreeSpace space;
    private long committedEnd;

    ArenaArea(Protection protection, long start, long size, long aliasDelta, long pageSize) {
        this.protection = protection;
        this.pageSize = pageSize;
        this.aliasDelta = aliasDelta;
        this.space = new FreeSpace(start, start + size);
        this.committedEnd = start;
    }

    Protection protection() {
        return protection;
    }

    /** Added to a segment's address to get the address its bytes are written at. */
    long aliasDelta() {
        return aliasDelta;
    }

    /** Bytes of pages this area has used so far (its committed high-water mark). */
    long committedBytes() {
        return committedEnd - space.start();
    }

    /** Places {@code length} bytes, committing pages as the area grows. */
    long place(long length, long alignment) throws MemoryException {
        long address = space.take(length, alignment);
        if (address < 0) {
            throw new MemoryException(protection + " area of the arena is exhausted: no room for " + length + " bytes");
        }
        long wantedEnd = FreeSpace.alignUp(space.top(), pageSize);
        if (wantedEnd > committedEnd) {
            if (protection == Protection.READ_WRITE) {
                try {
                    MemoryCalls.protect(committedEnd, wantedEnd - committedEnd, MemoryCalls.PROT_READ | MemoryCalls.PROT_WRITE);
                } catch (MemoryException e) {
                    space.giveBack(address, length);
                    throw e;
                }
            }
            // Code and read-only pages of the memfd are committed by the first write through the alias.
            committedEnd = wantedEnd;
        }
        return address;
    }

    void giveBack(long address, long length) {
        space.giveBack(address, length);
    }

    /** Gives the pages under [address, address + length) their final protection. */
    void applyFinalProtection(long address, long length) throws MemoryException {
        if (protection == Protection.READ_WRITE || length == 0) {
            return;
        }
        long first = address & -pageSize;
        long end = FreeSpace.alignUp(address + length, pageSize);
        int prot = protection == Protection.READ_EXECUTE
                ? MemoryCalls.PROT_READ | MemoryCalls.PROT_EXEC
                : MemoryCalls.PROT_READ;
        MemoryCalls.protect(first, end - first, prot);
    }
}
