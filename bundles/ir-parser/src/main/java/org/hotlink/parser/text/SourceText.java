package org.hotlink.parser.text;

import java.util.Arrays;
import org.hotlink.diagnostic.SourceLocation;

/** The IR text with its line starts, turning char offsets into {@link SourceLocation}s (columns in bytes). */
final class SourceText {
    private final String file;
    private final String text;
    private final int[] lineStarts;

    SourceText(String file, CharSequence text) {
        this.file = file;
        this.text = text.toString();
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
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
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
