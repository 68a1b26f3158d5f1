package org.hotlink.parser.text;

import java.util.Arrays;

/**
 * The tokens of one file in parallel primitive arrays (kind, text number, char offset, line), ending
 * with one EOF token. {@link Token} objects are made only when the parser asks for one: keeping
 * hundreds of thousands of small objects alive for a whole parse costs far more (garbage-collector
 * barriers and copying) than the few arrays here.
 */
final class TokenBuffer {
    private static final TokenKind[] KINDS = TokenKind.values();

    private byte[] kinds;
    private int[] texts;
    private int[] offsets;
    private int[] lines;
    private int count;
    private final NameTable names;
    /** Positions of tokens that may start a global definition (see {@link #markDefinitionCandidate}). */
    private int[] definitionCandidates = new int[64];
    private int definitionCandidateCount;

    TokenBuffer(int expected, NameTable names) {
        int capacity = Math.max(16, expected);
        kinds = new byte[capacity];
        texts = new int[capacity];
        offsets = new int[capacity];
        lines = new int[capacity];
        this.names = names;
    }

    void add(TokenKind kind, int text, int offset, int line) {
        if (count == kinds.length) {
            int capacity = count + (count >> 1) + 16;
            kinds = Arrays.copyOf(kinds, capacity);
            texts = Arrays.copyOf(texts, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
        kinds[count] = (byte) kind.ordinal();
        texts[count] = text;
        offsets[count] = offset;
        lines[count] = line;
        count++;
    }

    /**
     * Notes that token {@code i} may start a global definition: a global name followed by '=' or one
     * of the words {@code define}, {@code declare}, {@code attributes}. The lexer notes them as it
     * goes, so {@link GlobalSymbolScanner} need not visit every token. In increasing order.
     */
    void markDefinitionCandidate(int i) {
        if (definitionCandidateCount == definitionCandidates.length) {
            definitionCandidates = Arrays.copyOf(definitionCandidates, definitionCandidateCount * 2);
        }
        definitionCandidates[definitionCandidateCount++] = i;
    }

    int definitionCandidateCount() {
        return definitionCandidateCount;
    }

    /** The position of the {@code n}th candidate noted by {@link #markDefinitionCandidate}. */
    int definitionCandidate(int n) {
        return definitionCandidates[n];
    }

    /** Number of tokens, the final EOF included. */
    int count() {
        return count;
    }

    TokenKind kind(int i) {
        return KINDS[kinds[i]];
    }

    /** True when token {@code i} is of {@code kind}. */
    boolean is(int i, TokenKind kind) {
        return kinds[i] == kind.ordinal();
    }

    String text(int i) {
        return names.get(texts[i]);
    }

    /** The number of token {@code i}'s text in the {@link NameTable}: equal interned texts have equal numbers. */
    int textId(int i) {
        return texts[i];
    }

    /** Number of distinct texts: every {@link #textId} is below it. */
    int textCount() {
        return names.size();
    }

    /** The number of the interned text {@code text}, or -1 when no token has it. */
    int findText(String text) {
        return names.find(text);
    }

    int offset(int i) {
        return offsets[i];
    }

    int line(int i) {
        return lines[i];
    }

    /** A token object for token {@code i}. */
    Token token(int i) {
        return new Token(KINDS[kinds[i]], names.get(texts[i]), offsets[i], lines[i], texts[i]);
    }
}
