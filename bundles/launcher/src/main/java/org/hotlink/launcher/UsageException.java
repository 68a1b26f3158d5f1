package org.hotlink.launcher;

/** The command line does not follow the usage; exit status {@link ExitStatus#USAGE}. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
