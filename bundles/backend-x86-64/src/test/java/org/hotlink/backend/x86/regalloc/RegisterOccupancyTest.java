package org.hotlink.backend.x86.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Regs;
import org.junit.jupiter.api.Test;

class RegisterOccupancyTest {
    private int nextReg = Regs.FIRST_VIRTUAL;

    private LiveInterval interval(int... bounds) {
        LiveInterval interval = new LiveInterval(nextReg++, RegClass.GPR);
        for (int i = 0; i < bounds.length; i += 2) {
            interval.addRange(bounds[i], bounds[i + 1]);
        }
        return interval;
    }

    @Test
    void fixedRangesBlockOnlyTheIntervalsTheyOverlap() {
        RegisterOccupancy occupancy = new RegisterOccupancy();
        occupancy.addFixed(10, 12);
        occupancy.addFixed(20, 25);
        assertFalse(occupancy.overlaps(interval(0, 5)));
        assertTrue(occupancy.overlaps(interval(5, 10)));
        assertFalse(occupancy.overlaps(interval(13, 19)));
        assertTrue(occupancy.overlaps(interval(13, 15, 24, 30)), "a later range of the interval overlaps");
        assertFalse(occupancy.overlaps(interval(26, 30)));
        assertTrue(occupancy.overlaps(interval(11, 11)), "a query starting before the previous one");
    }

    @Test
    void allocatedIntervalsAreFoundAndRemoved() {
        RegisterOccupancy occupancy = new RegisterOccupancy();
        occupancy.addFixed(0, 3);
        LiveInterval a = interval(30, 40);
        occupancy.add(a);
        LiveInterval query = interval(35, 50);
        assertTrue(occupancy.overlaps(query));
        assertFalse(occupancy.overlapsFixed(query));
        assertEquals(List.of(a), occupancy.ownersOverlapping(query));
        occupancy.remove(a);
        assertFalse(occupancy.overlaps(query));
    }

    /** Random fixed ranges and intervals, queried by increasing start as the allocator does, against a plain scan. */
    @Test
    void agreesWithAPlainScan() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            RegisterOccupancy occupancy = new RegisterOccupancy();
            List<int[]> taken = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int from = random.nextInt(400);
                int to = from + random.nextInt(6);
                occupancy.addFixed(from, to);
                taken.add(new int[]{from, to});
            }
            int start = 0;
            for (int i = 0; i < 60; i++) {
                start += random.nextInt(8);
                int[] bounds = random.nextInt(4) == 0
                        ? new int[]{start, start + random.nextInt(5), start + 10 + random.nextInt(20), start + 40}
                        : new int[]{start, start + random.nextInt(12)};
                LiveInterval current = interval(bounds);
                boolean expected = overlapsAny(taken, bounds);
                assertEquals(expected, occupancy.overlaps(current), "round " + round + " interval " + current);
                if (!expected) {
                    occupancy.add(current);
                    for (int k = 0; k < bounds.length; k += 2) {
                        taken.add(new int[]{bounds[k], bounds[k + 1]});
                    }
                }
            }
        }
    }

    private static boolean overlapsAny(List<int[]> taken, int[] bounds) {
        for (int k = 0; k < bounds.length; k += 2) {
            for (int[] t : taken) {
                if (t[0] <= bounds[k + 1] && bounds[k] <= t[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
