package org.hotlink.launcher;

import java.util.List;
import java.util.Locale;

/**
 * One change of the live program, as {@code hotlink live} reports it on one stderr line:
 * {@code hotlink: live added|redefined|removed|failed MODULE functions=f,g latency_ms=N.NNN}.
 *
 * @param kind         what happened
 * @param module       the module's name (its file name without {@code .ll})
 * @param functions    the functions the module defines in source order: the new version's after
 *                     added or redefined, the old version's after removed or failed (still running)
 * @param latencyNanos from the file change being seen to the new code being live (or the failure known)
 */
record LiveEvent(Kind kind, String module, List<String> functions, long latencyNanos) {
    /** The event kinds, printed in lower case. */
    enum Kind {
        ADDED, REDEFINED, REMOVED, FAILED;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    LiveEvent {
        functions = List.copyOf(functions);
    }

    /** The line, without a line terminator. */
    String line() {
        return String.format(Locale.ROOT, "hotlink: live %s %s functions=%s latency_ms=%.3f", kind.word(), module,
                String.join(",", functions), latencyNanos / NANOS_PER_MILLI);
    }
}
