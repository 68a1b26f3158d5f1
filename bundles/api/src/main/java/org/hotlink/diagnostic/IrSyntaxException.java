package org.hotlink.diagnostic;

/** IR text that does not parse. */
public class IrSyntaxException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public IrSyntaxException(String message) {
        super(message);
    }

    public IrSyntaxException(String message, SourceLocation location) {
        super(message, location);
    }

    public IrSyntaxException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
