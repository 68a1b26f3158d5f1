package org.hotlink.backend.x86.regalloc;

import java.util.Arrays;

/**
 * Disjoint position ranges [start, end] sorted by start, each with an owning interval (null for
 * a fixed use). Because the ranges never overlap, their ends are sorted too, so the ranges that
 * overlap a query are found by a binary search for the last range starting at or before its end.
 */
final class RangeList {
    private static final int[] NO_POSITIONS = new int[0];
    private static final LiveInterval[] NO_OWNERS = new LiveInterval[0];

    /** Empty until the first range: most of the 32 physical registers of a function never get one. */
    private int[] starts = NO_POSITIONS;
    private int[] ends = NO_POSITIONS;
    private LiveInterval[] owners = NO_OWNERS;
    private int size;

    int size() {
        return size;
    }

    int start(int e) {
        return starts[e];
    }

    int end(int e) {
        return ends[e];
    }

    LiveInterval owner(int e) {
        return owners[e];
    }

    /** Index of the last range starting at or before {@code position}, or -1. */
    int floor(int position) {
        return floor(position, 0);
    }

    /** As {@link #floor(int)}, knowing that no range below index {@code low} matters: returns low - 1 if none from there does. */
    int floor(int position, int low) {
        int lo = low;
        int hi = size - 1;
        if (hi >= lo && starts[hi] <= position) {
            return hi;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }

    /** Whether [from, to] overlaps a stored range. */
    boolean overlaps(int from, int to) {
        int e = floor(to);
        return e >= 0 && ends[e] >= from;
    }

    /** Adds a range, merging it with the stored ranges it overlaps. */
    void addMerging(int from, int to) {
        int e = floor(to);
        while (e >= 0 && ends[e] >= from) {
            from = Math.min(from, starts[e]);
            to = Math.max(to, ends[e]);
            removeAt(e);
            e = floor(to);
        }
        insert(from, to, null);
    }

    /** Inserts a range that overlaps none stored (a stored range with the same start is replaced). */
    void insert(int from, int to, LiveInterval owner) {
        int e = floor(from);
        if (e >= 0 && starts[e] == from) {
            ends[e] = to;
            owners[e] = owner;
            return;
        }
        int at = e + 1;
        if (size == starts.length) {
            int capacity = Math.max(16, 2 * size);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            owners = Arrays.copyOf(owners, capacity);
        }
        int tail = size - at;
        if (tail > 0) {
            System.arraycopy(starts, at, starts, at + 1, tail);
            System.arraycopy(ends, at, ends, at + 1, tail);
            System.arraycopy(owners, at, owners, at + 1, tail);
        }
        starts[at] = from;
        ends[at] = to;
        owners[at] = owner;
        size++;
    }

    void removeAt(int e) {
        int tail = size - e - 1;
        if (tail > 0) {
            System.arraycopy(starts, e + 1, starts, e, tail);
            System.arraycopy(ends, e + 1, ends, e, tail);
            System.arraycopy(owners, e + 1, owners, e, tail);
        }
        size--;
        owners[size] = null;
    }
}
