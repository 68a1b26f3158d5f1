package org.hotlink.parser.text;

import java.util.Arrays;

/**
 * The texts of one file's tokens, by number. Names, keywords and numbers are interned: a run of
 * source characters that occurred before gets the number (and so the {@code String}) of its first
 * occurrence, found by hash and compared against that occurrence in the source, so nothing is
 * allocated for a repeated text and the parser's keyword comparisons mostly succeed on identity.
 * Other texts (decoded strings, messages) are {@linkplain #add added} as they are. Open addressing
 * with linear probing; the hash is {@link String#hashCode()}'s. One table per lexer run, not thread-safe.
 *
 * <p>Laid out for few cache misses per look-up, which dominate its cost on large files: a slot holds
 * the hash next to the number, and a text's key start and length sit side by side.
 */
final class NameTable {
    /** Number of the empty text. */
    static final int EMPTY = 0;

    private final char[] source;
    private String[] strings;
    /**
     * Per text number n: {@code spans[2n]} is where a copy of an interned text's characters starts in
     * {@link #keys} (a small, dense array, so comparisons do not reach back into the large source
     * text), -1 for added texts; {@code spans[2n + 1]} is the text's length.
     */
    private int[] spans;
    private char[] keys;
    private int keysLength;
    private int count;
    /** Pairs (hash, number + 1); a number + 1 of 0 marks a free slot. */
    private int[] slots;
    private int interned;

    /** A table for {@code source}, sized from its length so that small files allocate little. */
    NameTable(char[] source) {
        this.source = source;
        // Clang output has about one distinct text per 100 source characters (25 in tiny modules);
        // the tables grow when needed.
        int expected = Math.max(128, source.length >> 7);
        strings = new String[expected];
        spans = new int[2 * expected];
        keys = new char[8 * expected];
        slots = new int[2 * Integer.highestOneBit(3 * expected - 1) * 2];
        add("");
    }

    /** The text numbered {@code id}. */
    String get(int id) {
        return strings[id];
    }

    /** Number of texts so far; every text number is below it. */
    int size() {
        return count;
    }

    /** Adds {@code text} without interning; returns its number. */
    int add(String text) {
        return append(text, -1);
    }

    private int append(String text, int start) {
        if (count == strings.length) {
            int capacity = count * 2;
            strings = Arrays.copyOf(strings, capacity);
            spans = Arrays.copyOf(spans, 2 * capacity);
        }
        strings[count] = text;
        spans[2 * count] = start;
        spans[2 * count + 1] = text.length();
        return count++;
    }

    /** The number of the text {@code source[start, end)}, shared with every earlier equal run. */
    int intern(int start, int end) {
        final char[] text = source;
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return intern(start, end, h);
    }

    /** As {@link #intern(int, int)} with the text's {@code String} hash {@code h} already computed. */
    int intern(int start, int end, int h) {
        final char[] text = source;
        final int[] table = slots;
        int mask = (table.length >> 1) - 1;
        int index = spread(h) & mask;
        int length = end - start;
        int slot;
        while ((slot = table[2 * index + 1]) != 0) {
            if (table[2 * index] == h) {
                int id = slot - 1;
                if (spans[2 * id + 1] == length && sameText(keys, spans[2 * id], text, start, length)) {
                    return id;
                }
            }
            index = (index + 1) & mask;
        }
        return insert(index, h, new String(text, start, length));
    }

    /** Adds a text not in the table yet at free slot {@code index}; returns its new number. */
    private int insert(int index, int h, String text) {
        int length = text.length();
        if (keysLength + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysLength + length));
        }
        text.getChars(0, length, keys, keysLength);
        int id = append(text, keysLength);
        keysLength += length;
        slots[2 * index] = h;
        slots[2 * index + 1] = id + 1;
        if (++interned * 2 > slots.length >> 1) {
            grow();
        }
        return id;
    }

    /**
     * The number of {@code text} (a decoded quoted name), interned with the runs of source text: so
     * {@code %"x"} and {@code %x} have one number and names can be looked up by number.
     */
    int intern(String text) {
        int h = text.hashCode();
        int length = text.length();
        int mask = (slots.length >> 1) - 1;
        int index = spread(h) & mask;
        int slot;
        while ((slot = slots[2 * index + 1]) != 0) {
            int id = slot - 1;
            if (slots[2 * index] == h && spans[2 * id + 1] == length && text.contentEquals(strings[id])) {
                return id;
            }
            index = (index + 1) & mask;
        }
        return insert(index, h, text);
    }

    /**
     * The number of an interned text equal to {@code text}, or -1 when no token had it: lets a
     * parser compare token texts with a keyword by number.
     */
    int find(String text) {
        int h = text.hashCode();
        int length = text.length();
        int mask = (slots.length >> 1) - 1;
        int index = spread(h) & mask;
        int slot;
        while ((slot = slots[2 * index + 1]) != 0) {
            int id = slot - 1;
            if (slots[2 * index] == h && spans[2 * id + 1] == length && text.contentEquals(strings[id])) {
                return id;
            }
            index = (index + 1) & mask;
        }
        return -1;
    }

    private static boolean sameText(char[] a, int aStart, char[] b, int bStart, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aStart + i] != b[bStart + i]) {
                return false;
            }
        }
        return true;
    }

    /** Fibonacci hashing: String hashes of short texts such as numbers are nearly consecutive. */
    private static int spread(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 15);
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = (bigger.length >> 1) - 1;
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i + 1] != 0) {
                int index = spread(slots[i]) & mask;
                while (bigger[2 * index + 1] != 0) {
                    index = (index + 1) & mask;
                }
                bigger[2 * index] = slots[i];
                bigger[2 * index + 1] = slots[i + 1];
            }
        }
        slots = bigger;
    }
}
