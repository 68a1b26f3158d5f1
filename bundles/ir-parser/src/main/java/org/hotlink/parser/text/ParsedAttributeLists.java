package org.hotlink.parser.text;

import java.util.function.IntPredicate;
import org.hotlink.ir.AttributeSet;

/**
 * Parameter and return attribute lists already parsed in this file, found again by their tokens:
 * clang repeats the same few lists ({@code noundef}, {@code noundef nonnull align 8}) on most
 * arguments, and a list's {@link AttributeSet} depends only on its tokens' kinds and texts, so a
 * repeated list reuses the set instead of being parsed and copied again. Attribute sets are
 * immutable, so sharing one is safe. Entries are chained by the text number of their first token.
 */
final class ParsedAttributeLists {
    private final TokenCursor cursor;
    private final Entry[] byFirstText;

    /** A list: its tokens' kinds (ordinals) and text numbers, and its set. */
    record Entry(int[] kinds, int[] texts, AttributeSet attributes, Entry next) {
        /** Number of tokens of the list. */
        int length() {
            return texts.length;
        }
    }

    ParsedAttributeLists(TokenCursor cursor) {
        this.cursor = cursor;
        this.byFirstText = new Entry[cursor.textCount()];
    }

    /**
     * The entry of a list parsed before whose tokens are those from {@code start} and after which
     * the list ends (the token there is not one that {@code continuesList}); null when there is none.
     */
    Entry find(int start, IntPredicate continuesList) {
        for (Entry e = byFirstText[cursor.textIdAt(start)]; e != null; e = e.next) {
            if (matches(e, start) && !continuesList.test(start + e.length())) {
                return e;
            }
        }
        return null;
    }

    /** Records that the tokens {@code [start, end)} make the list {@code attributes}. */
    void remember(int start, int end, AttributeSet attributes) {
        int[] kinds = new int[end - start];
        int[] texts = new int[end - start];
        for (int i = start; i < end; i++) {
            if (cursor.kindAt(i) == TokenKind.STRING) {
                return; // a string's text is never interned, so a list holding one is never found again
            }
            kinds[i - start] = cursor.kindAt(i).ordinal();
            texts[i - start] = cursor.textIdAt(i);
        }
        int first = texts[0];
        byFirstText[first] = new Entry(kinds, texts, attributes, byFirstText[first]);
    }

    private boolean matches(Entry e, int start) {
        int[] texts = e.texts;
        if (start + texts.length >= cursor.tokenCount()) {
            return false;
        }
        for (int i = 0; i < texts.length; i++) {
            if (cursor.textIdAt(start + i) != texts[i] || cursor.kindAt(start + i).ordinal() != e.kinds[i]) {
                return false;
            }
        }
        return true;
    }
}
