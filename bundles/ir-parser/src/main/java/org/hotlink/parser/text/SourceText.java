package org.hotlink.parser.text;

import java.nio.charset.StandardCharsets;
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

    /** Location of char {@code offset} on 1-based {@code line}. */
    SourceLocation location(int offset, int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        int clamped = Math.max(start, Math.min(offset, text.length()));
        int column = utf8Length(start, clamped) + 1;
        return new SourceLocation(file, line, column, text.substring(start, Math.max(start, end)));
    }

    /** Bytes of {@code text[from, to)} in UTF-8. */
    private int utf8Length(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return text.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return to - from;
    }

    /** 1-based line holding char {@code offset}. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
