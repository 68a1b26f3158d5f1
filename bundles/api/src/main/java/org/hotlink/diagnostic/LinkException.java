package org.hotlink.diagnostic;

/** Any other failure to place, resolve or patch code. */
public class LinkException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, SourceLocation location) {
        super(message, location);
    }

    public LinkException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
