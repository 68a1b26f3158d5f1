package org.hotlink.parser.text;

import java.util.Arrays;
import org.hotlink.diagnostic.SourceLocation;

/** The IR text with its line starts, turning char offsets into {@link SourceLocation}s (columns in bytes). */
final class SourceText {
    private final String file;
    private final String text;
    /** Where each line starts, by 0-based line number, in the first {@link #lineCount} elements. */
    private final int[] lineStarts;
    private final int lineCount;

    /** @param lineStarts where each line starts, by 0-based line number, in its first {@code lineCount} elements (not copied) */
    SourceText(String file, String text, int[] lineStarts, int lineCount) {
        this.file = file;
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    String text() {
        return text;
    }

    String file() {
        return file;
    }

    /** Location of char {@code offset} on 1-based {@code line}; its column and line text are worked out on first use. */
    SourceLocation location(int offset, int line) {
        return SourceLocation.inSource(file, line, text, lineStarts[line - 1], offset);
    }

    /** 1-based line holding char {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
