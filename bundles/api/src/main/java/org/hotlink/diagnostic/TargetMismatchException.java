package org.hotlink.diagnostic;

/** A module whose target triple or data layout does not match the back-end. */
public class TargetMismatchException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public TargetMismatchException(String message) {
        super(message);
    }

    public TargetMismatchException(String message, SourceLocation location) {
        super(message, location);
    }

    public TargetMismatchException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
