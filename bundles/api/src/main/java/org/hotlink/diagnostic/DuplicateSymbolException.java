package org.hotlink.diagnostic;

/** Two strong definitions of one symbol. */
public class DuplicateSymbolException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public DuplicateSymbolException(String message) {
        super(message);
    }

    public DuplicateSymbolException(String message, SourceLocation location) {
        super(message, location);
    }

    public DuplicateSymbolException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
