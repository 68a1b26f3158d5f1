package org.hotlink.backend.x86.regalloc;

import org.hotlink.backend.x86.mir.RegClass;

/** The span of positions over which a virtual register holds a value (one range, Poletto-Sarkar style). */
final class LiveInterval {
    final int reg;
    final RegClass regClass;
    int start = Integer.MAX_VALUE;
    int end = Integer.MIN_VALUE;
    /** A physical register this value is moved from or to, tried first to save a move. */
    int hint = -1;

    LiveInterval(int reg, RegClass regClass) {
        this.reg = reg;
        this.regClass = regClass;
    }

    void cover(int position) {
        start = Math.min(start, position);
        end = Math.max(end, position);
    }

    boolean isEmpty() {
        return start > end;
    }

    boolean covers(int position) {
        return start <= position && position <= end;
    }

    @Override
    public String toString() {
        return "v" + reg + "[" + start + "," + end + "]";
    }
}
