package org.hotlink.backend.x86.mir;

/** Always-on checks of the back-end's internal invariants (not Java {@code assert}). */
public final class Check {
    private Check() {
    }

    /**
     * The exception for a broken invariant; for hot paths, where the message should only be built
     * once the check has failed: {@code if (!ok) throw Check.broken("..." + detail);}.
     */
    public static IllegalStateException broken(String whatBroke) {
        return new IllegalStateException("x86-64 back-end invariant broken: " + whatBroke);
    }

    /** Throws {@link IllegalStateException} naming what broke when {@code condition} is false. */
    public static void state(boolean condition, String whatBroke) {
        if (!condition) {
            throw new IllegalStateException("x86-64 back-end invariant broken: " + whatBroke);
        }
    }
}
