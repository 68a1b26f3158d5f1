package org.hotlink.launcher;

import java.io.PrintStream;
import org.apache.felix.framework.Logger;

/** Felix's logger writes to System.out by default; the program owns stdout, so framework messages go to stderr. */
final class StderrFrameworkLogger extends Logger {
    private final PrintStream err;

    StderrFrameworkLogger(PrintStream err) {
        this.err = err;
    }

    @Override
    protected void doLogOut(int level, String message, Throwable throwable) {
        err.println("hotlink: felix " + levelName(level) + ": " + message);
        if (throwable != null) {
            err.println("hotlink: felix cause: " + throwable);
        }
    }

    private static String levelName(int level) {
        return switch (level) {
            case LOG_ERROR -> "error";
            case LOG_WARNING -> "warning";
            case LOG_INFO -> "info";
            default -> "debug";
        };
    }
}
