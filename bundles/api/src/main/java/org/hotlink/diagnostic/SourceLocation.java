package org.hotlink.diagnostic;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A place in an IR source file: file name as the user typed it, line and column counted from 1
 * (column in bytes), and the text of that line for a caret display. {@link #UNKNOWN} where there is none.
 *
 * <p>A parser gives every instruction a location but almost none is ever printed, so a location
 * made by {@link #inSource} keeps only the source text and two offsets, and works out the column
 * and the line's text on first use. Immutable as seen from outside and safe to share between
 * threads: the worked-out part is published as one immutable object. Equality is by file, line,
 * column and line text, whichever way a location was made.
 */
public final class SourceLocation {
    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0, "");

    private final String file;
    private final int line;
    /** The whole source text for a location made by {@link #inSource}, else null. */
    private final String source;
    private final int lineStart;
    private final int offset;
    /** Column and line text; computed from {@link #source} on first use when made by {@link #inSource}. */
    private Detail detail;

    /** Column and line text, published together so a racing reader never sees one without the other. */
    private record Detail(int column, String lineText) {
    }

    /** A location with everything known; a null {@code lineText} is taken as empty. */
    public SourceLocation(String file, int line, int column, String lineText) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.source = null;
        this.lineStart = 0;
        this.offset = 0;
        this.detail = new Detail(column, lineText == null ? "" : lineText);
    }

    private SourceLocation(String file, int line, String source, int lineStart, int offset) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.source = Objects.requireNonNull(source, "source");
        this.lineStart = lineStart;
        this.offset = offset;
    }

    /**
     * The location of char {@code offset} of {@code source}, on 1-based {@code line} that starts at
     * char {@code lineStart}. The column (in UTF-8 bytes; an offset outside the line is clamped to
     * it) and the line's text (without its line break) are computed when first asked for.
     */
    public static SourceLocation inSource(String file, int line, String source, int lineStart, int offset) {
        return new SourceLocation(file, line, source, lineStart, offset);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** Column counted from 1, in bytes of UTF-8. */
    public int column() {
        return detail().column();
    }

    /** The text of the line, without its line break; empty when unknown. */
    public String lineText() {
        return detail().lineText();
    }

    public boolean isKnown() {
        return line > 0;
    }

    private Detail detail() {
        Detail d = detail;
        if (d == null) {
            d = computeDetail();
            detail = d;
        }
        return d;
    }

    private Detail computeDetail() {
        int end = source.indexOf('\n', lineStart);
        if (end < 0) {
            end = source.length();
        }
        if (end > lineStart && source.charAt(end - 1) == '\r') {
            end--;
        }
        int clamped = Math.max(lineStart, Math.min(offset, source.length()));
        int column = utf8Length(source, lineStart, clamped) + 1;
        return new Detail(column, source.substring(lineStart, Math.max(lineStart, end)));
    }

    /** Bytes of {@code text[from, to)} in UTF-8. */
    private static int utf8Length(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return text.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return to - from;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceLocation l && l.line == line && l.file.equals(file) && l.column() == column()
                && l.lineText().equals(lineText());
    }

    @Override
    public int hashCode() {
        return ((file.hashCode() * 31 + Integer.hashCode(line)) * 31 + Integer.hashCode(column())) * 31
                + lineText().hashCode();
    }

    /** {@code FILE:LINE:COL} as compilers print it, or just the file when the line is unknown. */
    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column() : file;
    }
}
