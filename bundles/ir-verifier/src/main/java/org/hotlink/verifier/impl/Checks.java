package org.hotlink.verifier.impl;

/**
 * Always-on checks of the verifier's own invariants (not of the IR, which is reported through
 * {@link org.hotlink.diagnostic.IrVerificationException}). A failure here is a bug in Hotlink.
 */
final class Checks {
    private Checks() {
    }

    /** Throws {@link IllegalStateException} with the formatted message when {@code condition} is false. */
    static void state(boolean condition, String format, Object... arguments) {
        if (!condition) {
            throw new IllegalStateException("IR verifier invariant broken: " + String.format(format, arguments));
        }
    }
}
