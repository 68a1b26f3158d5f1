package org.hotlink.diagnostic;

/** Two strong definitions of one symbol. */
public class DuplicateSymbolException extends HotlinkException {
    private static final long serialVersionUID = 1L;
    private final String symbol;

    public DuplicateSymbolException(String message) {
        this(message, null, SourceLocation.UNKNOWN);
    }

    public DuplicateSymbolException(String message, SourceLocation location) {
        this(message, null, location);
    }

    public DuplicateSymbolException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
        this.symbol = null;
    }

    /**
     * @param symbol the name defined twice, so that a stage that knows the IR (the engine) can
     *               locate the clashing definition; the linker knows only names
     */
    public DuplicateSymbolException(String message, String symbol, SourceLocation location) {
        super(message, location);
        this.symbol = symbol;
    }

    /** The name defined twice, or null when not known. */
    public String symbol() {
        return symbol;
    }
}
