package org.hotlink.parser.text;

import java.util.Arrays;

/**
 * Interns the texts of one file's tokens (names, keywords, numbers): a run of characters that occurred
 * before yields the same {@code String}, found by its hash without allocating. Open addressing with
 * linear probing; the hash is {@link String#hashCode()}'s, so the stored strings' own cached hashes
 * serve for comparison and later map lookups. One table per lexer run, not thread-safe.
 */
final class NameTable {
    private String[] table = new String[1024];
    /** The characters of each entry, compared without going through {@code String.charAt}. */
    private char[][] keys = new char[1024][];
    private int[] hashes = new int[1024];
    private int size;

    /** The string of {@code text[start, end)}, shared with every earlier equal run. */
    String intern(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        int mask = table.length - 1;
        int index = spread(h) & mask;
        int length = end - start;
        char[] key;
        while ((key = keys[index]) != null) {
            if (hashes[index] == h && key.length == length && Arrays.equals(key, 0, length, text, start, end)) {
                return table[index];
            }
            index = (index + 1) & mask;
        }
        key = Arrays.copyOfRange(text, start, end);
        String s = new String(key);
        table[index] = s;
        keys[index] = key;
        hashes[index] = h;
        if (++size * 2 > table.length) {
            grow();
        }
        return s;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] oldTable = table;
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        keys = new char[oldTable.length * 2][];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int index = spread(oldHashes[i]) & mask;
                while (table[index] != null) {
                    index = (index + 1) & mask;
                }
                table[index] = oldTable[i];
                keys[index] = oldKeys[i];
                hashes[index] = oldHashes[i];
            }
        }
    }
}
