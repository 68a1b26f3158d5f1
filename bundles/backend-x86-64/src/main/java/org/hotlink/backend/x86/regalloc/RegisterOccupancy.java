package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The disjoint ranges during which one physical register holds a value, sorted by range start,
 * with the interval owning each (null for lowering's fixed uses). Overlap queries are a binary
 * search for the last range starting at or before the query's end, because the stored ranges
 * never overlap each other (so their ends are sorted too).
 */
final class RegisterOccupancy {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private LiveInterval[] owners = new LiveInterval[16];
    private int size;

    /** Index of the last range starting at or before {@code position}, or -1. */
    private int floor(int position) {
        int lo = 0;
        int hi = size - 1;
        if (hi >= 0 && starts[hi] <= position) {
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

    boolean overlaps(LiveInterval interval) {
        int[] from = interval.from;
        int[] to = interval.to;
        for (int i = 0, n = interval.rangeCount; i < n; i++) {
            if (overlaps(from[i], to[i])) {
                return true;
            }
        }
        return false;
    }

    /** Owners of the ranges overlapping {@code interval}; null stands for a fixed use. */
    List<LiveInterval> ownersOverlapping(LiveInterval interval) {
        List<LiveInterval> out = new ArrayList<>();
        for (int i = 0; i < interval.rangeCount; i++) {
            int e = floor(interval.to[i]);
            while (e >= 0 && ends[e] >= interval.from[i]) {
                if (!out.contains(owners[e])) {
                    out.add(owners[e]);
                }
                e--;
            }
        }
        return out;
    }

    void add(LiveInterval interval) {
        for (int i = 0; i < interval.rangeCount; i++) {
            insert(interval.from[i], interval.to[i], interval);
        }
    }

    void remove(LiveInterval interval) {
        for (int i = 0; i < interval.rangeCount; i++) {
            int e = floor(interval.from[i]);
            if (e >= 0 && starts[e] == interval.from[i]) {
                removeAt(e);
            }
        }
    }

    /** Adds a fixed range, merging with the fixed ranges it touches. */
    void addFixed(int from, int to) {
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
    private void insert(int from, int to, LiveInterval owner) {
        int e = floor(from);
        if (e >= 0 && starts[e] == from) {
            ends[e] = to;
            owners[e] = owner;
            return;
        }
        int at = e + 1;
        if (size == starts.length) {
            int capacity = 2 * size;
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

    private void removeAt(int e) {
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
