package org.hotlink.launcher;

/** An input file named on the command line is missing or unreadable; exit status {@link ExitStatus#NO_INPUT}. */
public final class MissingInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingInputException(String pathAsTyped, String reason) {
        super("cannot read '" + pathAsTyped + "': " + reason);
    }
}
