package org.hotlink.backend.x86.lower;

import org.hotlink.backend.x86.mir.Cond;

/**
 * What to test in the flags after a compare: one condition, or two combined (ordered-equal is
 * E and NP; unordered-not-equal is NE or P, since UCOMISD reports NaN through the parity flag).
 */
record FlagTest(Cond first, Cond second, boolean both) {
    static FlagTest of(Cond c) {
        return new FlagTest(c, null, false);
    }

    static FlagTest allOf(Cond a, Cond b) {
        return new FlagTest(a, b, true);
    }

    static FlagTest anyOf(Cond a, Cond b) {
        return new FlagTest(a, b, false);
    }

    boolean isSingle() {
        return second == null;
    }
}
