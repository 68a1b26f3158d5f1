package org.hotlink.diagnostic;

import java.util.Objects;

/**
 * A place in an IR source file: file name as the user typed it, line and column counted from 1
 * (column in bytes), and the text of that line for a caret display. {@link #UNKNOWN} where there is none.
 */
public record SourceLocation(String file, int line, int column, String lineText) {
    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0, "");

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        lineText = lineText == null ? "" : lineText;
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code FILE:LINE:COL} as compilers print it, or just the file when the line is unknown. */
    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : file;
    }
}
