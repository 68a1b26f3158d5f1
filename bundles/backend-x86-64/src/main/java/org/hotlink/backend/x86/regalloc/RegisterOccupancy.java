package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one physical register is taken: by lowering's fixed uses ({@link FixedRanges}, complete
 * before allocation starts) and by the intervals allocated to it. The two are kept apart, and
 * never overlap each other: the fixed ranges do not change during allocation, and intervals are
 * mostly appended, as they arrive by increasing start.
 *
 * <p>Queries come by non-decreasing interval start (the allocator's order), so a cursor skips the
 * fixed ranges that end before the current interval: a short interval is usually answered by
 * comparing it with the one fixed range at the cursor.
 */
final class RegisterOccupancy {
    private final RangeList fixed = new RangeList();
    private final RangeList assigned = new RangeList();
    /** Index of the first fixed range ending at or after the start of the last query. */
    private int fixedCursor;

    /** Adds a fixed range, merging with the fixed ranges it touches (only before allocation starts). */
    void addFixed(int from, int to) {
        fixed.addMerging(from, to);
    }

    boolean overlaps(LiveInterval interval) {
        return overlapsFixed(interval) || overlapsAssigned(interval);
    }

    /** Whether a fixed use of the register lies inside {@code interval}. */
    boolean overlapsFixed(LiveInterval interval) {
        int low = fixedCursorFor(interval.start());
        if (low == fixed.size()) {
            return false;
        }
        int[] from = interval.from;
        int[] to = interval.to;
        for (int i = 0, n = interval.rangeCount; i < n; i++) {
            if (fixed.start(low) > to[i]) {
                continue; // this range ends before the first fixed range that could overlap
            }
            int e = fixed.floor(to[i], low);
            if (e >= low && fixed.end(e) >= from[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean overlapsAssigned(LiveInterval interval) {
        int[] from = interval.from;
        int[] to = interval.to;
        for (int i = 0, n = interval.rangeCount; i < n; i++) {
            if (assigned.overlaps(from[i], to[i])) {
                return true;
            }
        }
        return false;
    }

    /** Moves the cursor to the first fixed range ending at or after {@code start}, and returns it. */
    private int fixedCursorFor(int start) {
        int c = fixedCursor;
        if (c > 0 && fixed.end(c - 1) >= start) {
            c = fixed.floor(start) + 1; // an earlier start than the last query's: search again
            while (c > 0 && fixed.end(c - 1) >= start) {
                c--;
            }
        }
        int n = fixed.size();
        while (c < n && fixed.end(c) < start) {
            c++;
        }
        fixedCursor = c;
        return c;
    }

    /**
     * The intervals allocated to this register that overlap {@code interval}, for each of its
     * ranges from the latest overlapping one down, each once. Meaningful only when
     * {@link #overlapsFixed} is false.
     */
    List<LiveInterval> ownersOverlapping(LiveInterval interval) {
        List<LiveInterval> out = new ArrayList<>();
        for (int i = 0; i < interval.rangeCount; i++) {
            int e = assigned.floor(interval.to[i]);
            while (e >= 0 && assigned.end(e) >= interval.from[i]) {
                if (!out.contains(assigned.owner(e))) {
                    out.add(assigned.owner(e));
                }
                e--;
            }
        }
        return out;
    }

    void add(LiveInterval interval) {
        for (int i = 0; i < interval.rangeCount; i++) {
            assigned.insert(interval.from[i], interval.to[i], interval);
        }
    }

    void remove(LiveInterval interval) {
        for (int i = 0; i < interval.rangeCount; i++) {
            int e = assigned.floor(interval.from[i]);
            if (e >= 0 && assigned.start(e) == interval.from[i]) {
                assigned.removeAt(e);
            }
        }
    }
}
