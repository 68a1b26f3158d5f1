package org.hotlink.backend.x86.mir;

/** Always-on checks of the back-end's internal invariants (not Java {@code assert}). */
public final class Check {
    private Check() {
    }

    /** Throws {@link IllegalStateException} naming what broke when {@code condition} is false. */
    public static void state(boolean condition, String whatBroke) {
        if (!condition) {
            throw new IllegalStateException("x86-64 back-end invariant broken: " + whatBroke);
        }
    }
}
