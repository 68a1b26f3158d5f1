package org.hotlink.diagnostic;

/**
 * Base of every error Hotlink reports about its input or its environment. Carries the location
 * of the offending construct where one is known; {@link #render()} gives the compiler-style text.
 */
public class HotlinkException extends Exception {
    private static final long serialVersionUID = 1L;
    private final SourceLocation location;

    public HotlinkException(String message) {
        this(message, SourceLocation.UNKNOWN, null);
    }

    public HotlinkException(String message, SourceLocation location) {
        this(message, location, null);
    }

    public HotlinkException(String message, SourceLocation location, Throwable cause) {
        super(message, cause);
        this.location = location == null ? SourceLocation.UNKNOWN : location;
    }

    public SourceLocation location() {
        return location;
    }

    /**
     * The diagnostic as a compiler prints it: {@code FILE:LINE:COL: error: MESSAGE}, then the source
     * line and a caret under the column when the location is known. As llc does, a known location
     * on an empty line (such as the end of a file that ends with a newline) still prints the empty
     * source line and a caret in column 1.
     */
    public String render() {
        if (!location.isKnown()) {
            return (location == SourceLocation.UNKNOWN ? "" : location.file() + ": ") + "error: " + getMessage();
        }
        StringBuilder out = new StringBuilder();
        out.append(location).append(": error: ").append(getMessage());
        out.append('\n').append(location.lineText()).append('\n');
        byte[] prefix = location.lineText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int col = Math.max(1, location.column());
        for (int i = 0; i < col - 1 && i < prefix.length; i++) {
            out.append(prefix[i] == '\t' ? '\t' : ' ');
        }
        out.append('^');
        return out.toString();
    }
}
