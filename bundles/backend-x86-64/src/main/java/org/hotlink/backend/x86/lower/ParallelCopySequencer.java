package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parallel copy {dst_i := src_i} (all reads before all writes) into a sequence of moves.
 * A move is emitted once no pending copy still reads its destination; when every pending
 * destination is still read, the copies form cycles, and one destination is saved into a fresh
 * temporary whose readers are redirected to it. Destinations must be distinct.
 */
public final class ParallelCopySequencer {
    /** Receives the moves in order and supplies temporaries of a register's class. */
    public interface Target {
        void move(int dst, int src);

        int temporaryLike(int reg);
    }

    private ParallelCopySequencer() {
    }

    public static void sequence(List<int[]> parallel, Target target) {
        List<int[]> pending = new ArrayList<>();
        for (int[] c : parallel) {
            if (c[0] != c[1]) {
                pending.add(new int[]{c[0], c[1]});
            }
        }
        while (!pending.isEmpty()) {
            int ready = -1;
            for (int i = 0; i < pending.size() && ready < 0; i++) {
                if (!isReadByOthers(pending, i)) {
                    ready = i;
                }
            }
            if (ready >= 0) {
                int[] c = pending.remove(ready);
                target.move(c[0], c[1]);
                continue;
            }
            int saved = pending.get(0)[0];
            int tmp = target.temporaryLike(saved);
            target.move(tmp, saved);
            for (int[] c : pending) {
                if (c[1] == saved) {
                    c[1] = tmp;
                }
            }
        }
    }

    private static boolean isReadByOthers(List<int[]> pending, int index) {
        int dst = pending.get(index)[0];
        for (int i = 0; i < pending.size(); i++) {
            if (i != index && pending.get(i)[1] == dst) {
                return true;
            }
        }
        return false;
    }
}
