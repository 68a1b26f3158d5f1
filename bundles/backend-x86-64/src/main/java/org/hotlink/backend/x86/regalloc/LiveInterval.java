package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.RegClass;

/**
 * Where a virtual register holds a live value: a sorted list of disjoint position ranges
 * [from, to], one per stretch of consecutive blocks in which it is live, so that the holes
 * between (a value live only before and after a loop) are free for other values.
 */
final class LiveInterval {
    final int reg;
    final RegClass regClass;
    final List<int[]> ranges = new ArrayList<>();
    /** Reads and writes of the value: with the covered length, its spill weight. */
    int accesses;
    /** A physical register this value is moved from or to, tried first to save a move. */
    int hint = -1;

    LiveInterval(int reg, RegClass regClass) {
        this.reg = reg;
        this.regClass = regClass;
    }

    /** Adds [from, to]; ranges arrive block by block in increasing order, so only the last may merge. */
    void addRange(int from, int to) {
        if (!ranges.isEmpty()) {
            int[] last = ranges.get(ranges.size() - 1);
            if (from <= last[1] + 1 && from >= last[0]) {
                last[1] = Math.max(last[1], to);
                return;
            }
        }
        ranges.add(new int[]{from, to});
    }

    int start() {
        return ranges.get(0)[0];
    }

    int end() {
        return ranges.get(ranges.size() - 1)[1];
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean covers(int position) {
        for (int[] r : ranges) {
            if (r[0] <= position && position <= r[1]) {
                return true;
            }
        }
        return false;
    }

    long length() {
        long n = 0;
        for (int[] r : ranges) {
            n += r[1] - r[0] + 1;
        }
        return n;
    }

    /** Cost of keeping this value in memory: accesses per covered position. */
    double weight() {
        return (accesses + 1.0) / (length() + 1.0);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("v").append(reg);
        for (int[] r : ranges) {
            s.append('[').append(r[0]).append(',').append(r[1]).append(']');
        }
        return s.toString();
    }
}
