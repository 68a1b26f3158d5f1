package org.hotlink.launcher;

import java.io.PrintStream;
import org.hotlink.diagnostic.HotlinkException;

/**
 * Prints live events on stderr: the event line, then for a failure its diagnostic. Each report is
 * written with one call and flushed, so it does not interleave with the program's own stderr output
 * line by line. Thread-safe (PrintStream locks itself).
 */
final class LiveEventReporter {
    private final PrintStream err;
    private final boolean debug;

    LiveEventReporter(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    void report(LiveEvent event) {
        print(event.line() + "\n");
    }

    /**
     * A failed event and why: the compiler-form diagnostic for input errors, {@code hotlink: ...} otherwise;
     * the Java stack trace too with {@code HOTLINK_DEBUG=1}.
     */
    void reportFailure(LiveEvent event, Throwable cause) {
        print(event.line() + "\n" + explain(cause) + "\n");
        if (debug) {
            cause.printStackTrace(err);
            err.flush();
        }
    }

    /** A message of Hotlink's own that is not an event, such as waiting for the entry or the folder gone. */
    void note(String message) {
        print("hotlink: live " + message + "\n");
    }

    /** A problem outside any event (such as an entry the engine refuses to start), with its explanation. */
    void problem(String message, Throwable cause) {
        print("hotlink: live " + message + "\n" + explain(cause) + "\n");
        if (debug) {
            cause.printStackTrace(err);
            err.flush();
        }
    }

    static String explain(Throwable cause) {
        if (cause instanceof HotlinkException hotlink) {
            return FailureReport.diagnostic(hotlink);
        }
        return "hotlink: internal error: " + FailureReport.shortMessage(cause);
    }

    private void print(String text) {
        err.print(text);
        err.flush();
    }
}
