package org.hotlink.memory.dualmap;

import java.util.Map;
import java.util.TreeMap;

/**
 * The address bookkeeping of one area: a bump pointer over space never used, and a first-fit
 * list of released ranges (coalesced with their neighbours). New allocations only take
 * never-used or released space, so no byte that may still be executing is handed out while its
 * owner holds it. Not thread-safe: the arena's lock guards it.
 */
final class FreeSpace {
    private final long start;
    private final long end;
    private long top;
    private final TreeMap<Long, Long> released = new TreeMap<>();

    FreeSpace(long start, long end) {
        Checks.check(start <= end, "area start must not lie after its end");
        this.start = start;
        this.end = end;
        this.top = start;
    }

    /** The lowest address never handed out; everything below it has been used at least once. */
    long top() {
        return top;
    }

    long start() {
        return start;
    }

    /** Places {@code length} bytes at a multiple of {@code alignment}, or returns -1 when no room is left. */
    long take(long length, long alignment) {
        for (Map.Entry<Long, Long> range : released.entrySet()) {
            long rangeStart = range.getKey();
            long rangeEnd = rangeStart + range.getValue();
            long address = alignUp(rangeStart, alignment);
            if (address + length <= rangeEnd) {
                released.remove(rangeStart);
                if (address > rangeStart) {
                    released.put(rangeStart, address - rangeStart);
                }
                if (address + length < rangeEnd) {
                    released.put(address + length, rangeEnd - address - length);
                }
                return address;
            }
        }
        long address = alignUp(top, alignment);
        if (address < top || address + length > end || address + length < address) {
            return -1;
        }
        long gapStart = top;
        top = address + length;
        if (address > gapStart) {
            giveBack(gapStart, address - gapStart);
        }
        return address;
    }

    /** Returns a range that {@link #take} handed out. */
    void giveBack(long address, long length) {
        Checks.check(address >= start && address + length <= top, "released range lies outside the used space");
        long rangeStart = address;
        long rangeLength = length;
        Map.Entry<Long, Long> below = released.floorEntry(address);
        if (below != null) {
            Checks.check(below.getKey() + below.getValue() <= address, "released range overlaps a free range");
            if (below.getKey() + below.getValue() == address) {
                released.remove(below.getKey());
                rangeStart = below.getKey();
                rangeLength += below.getValue();
            }
        }
        Long aboveLength = released.get(address + length);
        if (aboveLength != null) {
            released.remove(address + length);
            rangeLength += aboveLength;
        }
        Map.Entry<Long, Long> next = released.higherEntry(rangeStart);
        Checks.check(next == null || next.getKey() >= rangeStart + rangeLength, "released range overlaps a free range");
        released.put(rangeStart, rangeLength);
    }

    static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
