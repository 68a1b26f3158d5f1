package org.hotlink.diagnostic;

/** The memory strategy could not reserve, commit or protect memory. */
public class MemoryException extends HotlinkException {
    private static final long serialVersionUID = 1L;

    public MemoryException(String message) {
        super(message);
    }

    public MemoryException(String message, SourceLocation location) {
        super(message, location);
    }

    public MemoryException(String message, SourceLocation location, Throwable cause) {
        super(message, location, cause);
    }
}
