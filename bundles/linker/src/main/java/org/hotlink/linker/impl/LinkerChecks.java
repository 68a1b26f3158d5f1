package org.hotlink.linker.impl;

/** Always-on checks of the linker's internal invariants (Java {@code assert} is off by default). */
final class LinkerChecks {
    private LinkerChecks() {
    }

    static void check(boolean condition, String invariant) {
        if (!condition) {
            throw new IllegalStateException("runtime linker invariant broken: " + invariant);
        }
    }
}
