package org.hotlink.diagnostic;

/** A valid IR construct that this back-end or stage does not support; never compiled silently wrong. */
public class UnsupportedConstructException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public UnsupportedConstructException(String message) {
        super(message);
    }

    public UnsupportedConstructException(String message, SourceLocation location) {
        super(message, location);
    }

    public UnsupportedConstructException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
