package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The disjoint ranges during which one physical register holds a value, keyed by range start,
 * with the interval owning each (null for lowering's fixed uses). Overlap queries are a floor
 * lookup because the stored ranges never overlap each other.
 */
final class RegisterOccupancy {
    private record Entry(int end, LiveInterval owner) {
    }

    private final TreeMap<Integer, Entry> ranges = new TreeMap<>();

    /** Whether [from, to] overlaps a stored range. */
    boolean overlaps(int from, int to) {
        Map.Entry<Integer, Entry> e = ranges.floorEntry(to);
        return e != null && e.getValue().end >= from;
    }

    boolean overlaps(LiveInterval interval) {
        for (int[] r : interval.ranges) {
            if (overlaps(r[0], r[1])) {
                return true;
            }
        }
        return false;
    }

    /** Owners of the ranges overlapping {@code interval}; null stands for a fixed use. */
    List<LiveInterval> ownersOverlapping(LiveInterval interval) {
        List<LiveInterval> out = new ArrayList<>();
        for (int[] r : interval.ranges) {
            Map.Entry<Integer, Entry> e = ranges.floorEntry(r[1]);
            while (e != null && e.getValue().end >= r[0]) {
                if (!out.contains(e.getValue().owner)) {
                    out.add(e.getValue().owner);
                }
                e = ranges.lowerEntry(e.getKey());
            }
        }
        return out;
    }

    void add(LiveInterval interval) {
        for (int[] r : interval.ranges) {
            ranges.put(r[0], new Entry(r[1], interval));
        }
    }

    void remove(LiveInterval interval) {
        for (int[] r : interval.ranges) {
            ranges.remove(r[0]);
        }
    }

    /** Adds a fixed range, merging with the fixed ranges it touches. */
    void addFixed(int from, int to) {
        Map.Entry<Integer, Entry> e = ranges.floorEntry(to);
        while (e != null && e.getValue().end >= from) {
            from = Math.min(from, e.getKey());
            to = Math.max(to, e.getValue().end);
            ranges.remove(e.getKey());
            e = ranges.floorEntry(to);
        }
        ranges.put(from, new Entry(to, null));
    }
}
