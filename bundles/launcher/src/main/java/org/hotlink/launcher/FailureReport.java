package org.hotlink.launcher;

import java.io.PrintStream;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.HotlinkException;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.diagnostic.TargetMismatchException;
import org.hotlink.diagnostic.UndefinedSymbolException;
import org.hotlink.diagnostic.UnsupportedConstructException;

/**
 * Turns a failure into Hotlink's exit status and its stderr message. Errors in the user's input
 * (status 2) print the compiler-form diagnostic; everything else is an internal error (status 70)
 * whose Java stack trace is shown only with {@code HOTLINK_DEBUG=1}.
 */
public final class FailureReport {
    private final PrintStream err;
    private final boolean debug;

    public FailureReport(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** Prints the message for a failure and returns the exit status for it. */
    public int report(Throwable failure) {
        int status = exitStatusFor(failure);
        if (status == ExitStatus.BAD_INPUT) {
            err.println(diagnostic((HotlinkException) failure));
        } else {
            err.println("hotlink: internal error: " + shortMessage(failure));
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    public static int exitStatusFor(Throwable failure) {
        boolean badInput = failure instanceof IrSyntaxException
                || failure instanceof IrVerificationException
                || failure instanceof UnsupportedConstructException
                || failure instanceof UndefinedSymbolException
                || failure instanceof TargetMismatchException
                || failure instanceof DuplicateSymbolException;
        return badInput ? ExitStatus.BAD_INPUT : ExitStatus.INTERNAL;
    }

    /**
     * {@code FILE:LINE:COL: error: MESSAGE}, source line and caret when the location is known;
     * otherwise the diagnostic is Hotlink's own message and starts with {@code hotlink:}.
     */
    static String diagnostic(HotlinkException failure) {
        return failure.location().isKnown() ? failure.render() : "hotlink: " + failure.render();
    }

    static String shortMessage(Throwable failure) {
        if (failure instanceof HotlinkException || failure instanceof LauncherException) {
            return failure.getMessage();
        }
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
