package org.hotlink.parser.text;

import java.util.Arrays;

/**
 * The texts of one file's tokens, by number. Names, keywords and numbers are interned: a run of
 * source characters that occurred before gets the number (and so the {@code String}) of its first
 * occurrence, found by hash and compared against that occurrence in the source, so nothing is
 * allocated for a repeated text and the parser's keyword comparisons mostly succeed on identity.
 * Other texts (decoded strings, messages) are {@linkplain #add added} as they are. Open addressing
 * with linear probing; the hash is {@link String#hashCode()}'s. One table per lexer run, not thread-safe.
 */
final class NameTable {
    /** Number of the empty text. */
    static final int EMPTY = 0;

    private final char[] source;
    private String[] strings = new String[1024];
    /**
     * For interned texts: where a copy of the characters starts in {@link #keys} (a small, dense
     * array, so comparisons do not reach back into the large source text); -1 for added texts.
     */
    private int[] starts = new int[1024];
    private char[] keys = new char[4096];
    private int keysLength;
    private int[] hashes = new int[1024];
    /** Lengths of the texts, so a probe does not have to load the {@code String} to compare. */
    private int[] lengths = new int[1024];
    private int count;
    /** Slots hold number + 1 (0 is free). */
    private int[] slots = new int[2048];
    private int interned;

    NameTable(char[] source) {
        this.source = source;
        add("");
    }

    /** The text numbered {@code id}. */
    String get(int id) {
        return strings[id];
    }

    /** Adds {@code text} without interning; returns its number. */
    int add(String text) {
        return append(text, -1, 0);
    }

    private int append(String text, int start, int hash) {
        if (count == strings.length) {
            int capacity = count * 2;
            strings = Arrays.copyOf(strings, capacity);
            starts = Arrays.copyOf(starts, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
        }
        strings[count] = text;
        starts[count] = start;
        hashes[count] = hash;
        lengths[count] = text.length();
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
        int mask = slots.length - 1;
        int index = spread(h) & mask;
        int length = end - start;
        int slot;
        while ((slot = slots[index]) != 0) {
            int id = slot - 1;
            if (hashes[id] == h && lengths[id] == length && sameText(keys, starts[id], text, start, length)) {
                return id;
            }
            index = (index + 1) & mask;
        }
        if (keysLength + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysLength + length));
        }
        System.arraycopy(text, start, keys, keysLength, length);
        int id = append(new String(text, start, length), keysLength, h);
        keysLength += length;
        slots[index] = id + 1;
        if (++interned * 2 > slots.length) {
            grow();
        }
        return id;
    }

    /**
     * The number of an interned text equal to {@code text}, or -1 when no token had it: lets a
     * parser compare token texts with a keyword by number.
     */
    int find(String text) {
        int h = text.hashCode();
        int length = text.length();
        int mask = slots.length - 1;
        int index = spread(h) & mask;
        int slot;
        while ((slot = slots[index]) != 0) {
            int id = slot - 1;
            if (hashes[id] == h && lengths[id] == length && text.contentEquals(strings[id])) {
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
        int mask = bigger.length - 1;
        for (int slot : slots) {
            if (slot != 0) {
                int index = spread(hashes[slot - 1]) & mask;
                while (bigger[index] != 0) {
                    index = (index + 1) & mask;
                }
                bigger[index] = slot;
            }
        }
        slots = bigger;
    }
}
