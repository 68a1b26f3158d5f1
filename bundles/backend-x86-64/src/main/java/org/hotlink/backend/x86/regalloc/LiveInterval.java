package org.hotlink.backend.x86.regalloc;

import org.hotlink.backend.x86.mir.RegClass;

/**
 * Where a virtual register holds a live value: a sorted list of disjoint position ranges
 * [from, to], one per stretch of consecutive blocks in which it is live, so that the holes
 * between (a value live only before and after a loop) are free for other values. Range i is
 * {@code [from[i], to[i]]} for i below {@link #rangeCount}.
 */
final class LiveInterval {
    final int reg;
    final RegClass regClass;
    int[] from = new int[2];
    int[] to = new int[2];
    int rangeCount;
    /** Reads and writes of the value: with the covered length, its spill weight. */
    int accesses;
    /** A physical register this value is moved from or to, tried first to save a move. */
    int hint = -1;

    LiveInterval(int reg, RegClass regClass) {
        this.reg = reg;
        this.regClass = regClass;
    }

    /** Adds [from, to]; ranges arrive block by block in increasing order, so only the last may merge. */
    void addRange(int start, int end) {
        int n = rangeCount;
        if (n > 0) {
            int last = n - 1;
            if (start <= to[last] + 1 && start >= from[last]) {
                to[last] = Math.max(to[last], end);
                return;
            }
            if (n == from.length) {
                from = java.util.Arrays.copyOf(from, 2 * n);
                to = java.util.Arrays.copyOf(to, 2 * n);
            }
        }
        from[n] = start;
        to[n] = end;
        rangeCount = n + 1;
    }

    int start() {
        return from[0];
    }

    int end() {
        return to[rangeCount - 1];
    }

    boolean isEmpty() {
        return rangeCount == 0;
    }

    boolean covers(int position) {
        for (int i = 0; i < rangeCount; i++) {
            if (from[i] <= position && position <= to[i]) {
                return true;
            }
        }
        return false;
    }

    long length() {
        long n = 0;
        for (int i = 0; i < rangeCount; i++) {
            n += to[i] - from[i] + 1;
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
        for (int i = 0; i < rangeCount; i++) {
            s.append('[').append(from[i]).append(',').append(to[i]).append(']');
        }
        return s.toString();
    }
}
