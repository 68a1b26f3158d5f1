package org.hotlink.backend.x86.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Test that parallel copies keep their all-reads-before-writes meaning once sequenced, cycles included. */
class ParallelCopySequencerTest {
    /** Runs the sequenced moves on a register file where register r starts holding value r*10. */
    private static Map<Integer, Integer> run(List<int[]> copies, List<String> log) {
        Map<Integer, Integer> regs = new HashMap<>();
        for (int r = 0; r < 100; r++) {
            regs.put(r, r * 10);
        }
        int[] nextTemp = {1000};
        ParallelCopySequencer.sequence(copies, new ParallelCopySequencer.Target() {
            @Override
            public void move(int dst, int src) {
                log.add(dst + "<-" + src);
                regs.put(dst, regs.get(src));
            }

            @Override
            public int temporaryLike(int reg) {
                return nextTemp[0]++;
            }
        });
        return regs;
    }

    @Test
    void aSwapIsSequencedThroughOneTemporary() {
        List<String> log = new ArrayList<>();
        Map<Integer, Integer> regs = run(List.of(new int[]{1, 2}, new int[]{2, 1}), log);
        assertEquals(20, regs.get(1), "r1 should receive r2's old value");
        assertEquals(10, regs.get(2), "r2 should receive r1's old value");
        assertEquals(3, log.size(), "a swap takes three moves, got " + log);
    }

    @Test
    void aThreeCycleWithATailKeepsEveryOldValue() {
        List<String> log = new ArrayList<>();
        // 1<-2, 2<-3, 3<-1 (cycle) and 4<-1, 5<-4 (chain hanging off it)
        Map<Integer, Integer> regs = run(List.of(new int[]{1, 2}, new int[]{2, 3}, new int[]{3, 1}, new int[]{4, 1},
                new int[]{5, 4}), log);
        assertEquals(20, regs.get(1), "r1 <- old r2");
        assertEquals(30, regs.get(2), "r2 <- old r3");
        assertEquals(10, regs.get(3), "r3 <- old r1");
        assertEquals(10, regs.get(4), "r4 <- old r1");
        assertEquals(40, regs.get(5), "r5 <- old r4");
    }

    @Test
    void selfCopiesEmitNothing() {
        List<String> log = new ArrayList<>();
        run(List.of(new int[]{7, 7}, new int[]{8, 8}), log);
        assertEquals(List.of(), log, "copies of a register to itself need no move");
    }

    @Test
    void oneSourceFeedingSeveralDestinationsIsReadBeforeItIsOverwritten() {
        List<String> log = new ArrayList<>();
        Map<Integer, Integer> regs = run(List.of(new int[]{1, 3}, new int[]{2, 3}, new int[]{3, 4}), log);
        assertEquals(30, regs.get(1), "r1 <- old r3");
        assertEquals(30, regs.get(2), "r2 <- old r3");
        assertEquals(40, regs.get(3), "r3 <- old r4");
        assertEquals(3, log.size(), "no temporary is needed without a cycle, got " + log);
    }
}
