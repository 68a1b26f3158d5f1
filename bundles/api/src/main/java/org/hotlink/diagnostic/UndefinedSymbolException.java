package org.hotlink.diagnostic;

/** A symbol still undefined where it must be defined. */
public class UndefinedSymbolException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public UndefinedSymbolException(String message) {
        super(message);
    }

    public UndefinedSymbolException(String message, SourceLocation location) {
        super(message, location);
    }

    public UndefinedSymbolException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
