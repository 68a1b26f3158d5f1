package org.hotlink.memory.dualmap;

/** Always-on checks of internal invariants (Java {@code assert} is off by default). */
final class Checks {
    private Checks() {
    }

    static void check(boolean condition, String invariant) {
        if (!condition) {
            throw new IllegalStateException("dual-map memory invariant broken: " + invariant);
        }
    }
}
