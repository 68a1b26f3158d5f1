package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.SourceLocation;

/** A position in the token list with the look-ahead and expectation helpers every parsing stage uses. */
final class TokenCursor {
    private final TokenBuffer tokens;
    /** Number of tokens; the last one is EOF. */
    private final int count;
    private final SourceText source;
    private int index;
    /** The token object of {@link #currentIndex}, made on the first {@link #peek} there. */
    private Token current;
    private int currentIndex = -1;

    TokenCursor(TokenBuffer tokens, SourceText source) {
        this.tokens = tokens;
        this.count = tokens.count();
        this.source = source;
    }

    /** The current token; an ERROR token is reported as soon as it is looked at. */
    Token peek() throws IrSyntaxException {
        if (currentIndex != index) {
            current = tokens.token(index);
            currentIndex = index;
        }
        Token t = current;
        if (t.kind() == TokenKind.ERROR) {
            throw new IrSyntaxException(t.text(), location(t));
        }
        return t;
    }

    /** The token {@code ahead} places after the current one (EOF past the end); never throws. */
    Token peekAhead(int ahead) {
        return tokens.token(Math.min(index + ahead, count - 1));
    }

    /** True when the token {@code ahead} places after the current one (EOF past the end) is of {@code kind}; never throws. */
    boolean aheadIs(int ahead, TokenKind kind) {
        return tokens.is(Math.min(index + ahead, count - 1), kind);
    }

    /** True when the token {@code ahead} places after the current one is the word {@code word}; never throws. */
    boolean aheadIsWord(int ahead, String word) {
        int i = Math.min(index + ahead, count - 1);
        return tokens.is(i, TokenKind.WORD) && tokens.text(i).equals(word);
    }

    Token next() throws IrSyntaxException {
        Token t = peek();
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        return t;
    }

    /** Steps over the current token (as {@link #next} does, without making a token object). */
    void skip() throws IrSyntaxException {
        TokenKind k = kind();
        if (k != TokenKind.EOF) {
            index++;
        }
    }

    int position() {
        return index;
    }

    void seek(int position) {
        index = position;
    }

    /** Number of tokens, the final EOF included. */
    int tokenCount() {
        return count;
    }

    /** The token at {@code position} (0 to {@link #tokenCount()} - 1). */
    Token token(int position) {
        return tokens.token(position);
    }

    /** The kind of the token at {@code position}; never throws. */
    TokenKind kindAt(int position) {
        return tokens.kind(position);
    }

    /** The text of the token at {@code position}; never throws. */
    String textAt(int position) {
        return tokens.text(position);
    }

    /**
     * The number of the text of the token at {@code position}: tokens with equal interned texts (names,
     * keywords, numbers) have equal numbers. Never throws.
     */
    int textIdAt(int position) {
        return tokens.textId(position);
    }

    /** Number of tokens the lexer noted as possible starts of global definitions. */
    int definitionCandidateCount() {
        return tokens.definitionCandidateCount();
    }

    /** The position of the {@code n}th possible start of a global definition, in increasing order. */
    int definitionCandidate(int n) {
        return tokens.definitionCandidate(n);
    }

    /** Number of distinct token texts: every {@link #textIdAt} is below it. */
    int textCount() {
        return tokens.textCount();
    }

    /** The number {@link #textIdAt} gives tokens whose text is {@code text}, or -1 when no token has it. */
    int textId(String text) {
        return tokens.findText(text);
    }

    /** The current token's kind; an ERROR token is reported as {@link #peek} does. */
    TokenKind kind() throws IrSyntaxException {
        if (tokens.is(index, TokenKind.ERROR)) {
            peek();
        }
        return tokens.kind(index);
    }

    /** The number of the current token's text (see {@link #textIdAt}); an ERROR token is reported as {@link #peek} does. */
    int textId() throws IrSyntaxException {
        if (tokens.is(index, TokenKind.ERROR)) {
            peek();
        }
        return tokens.textId(index);
    }

    /** The current token's text; an ERROR token is reported as {@link #peek} does. */
    String text() throws IrSyntaxException {
        if (tokens.is(index, TokenKind.ERROR)) {
            peek();
        }
        return tokens.text(index);
    }

    boolean at(TokenKind kind) throws IrSyntaxException {
        if (tokens.is(index, TokenKind.ERROR)) {
            peek();
        }
        return tokens.is(index, kind);
    }

    boolean atWord(String word) throws IrSyntaxException {
        return at(TokenKind.WORD) && tokens.text(index).equals(word);
    }

    /** Consumes the current token if it is of {@code kind}. */
    boolean accept(TokenKind kind) throws IrSyntaxException {
        if (at(kind)) {
            index++;
            return true;
        }
        return false;
    }

    /** Consumes the current token if it is the word {@code word}. */
    boolean acceptWord(String word) throws IrSyntaxException {
        if (atWord(word)) {
            index++;
            return true;
        }
        return false;
    }

    /** Consumes a token of {@code kind} or fails with "expected WHAT". */
    Token expect(TokenKind kind, String what) throws IrSyntaxException {
        if (!at(kind)) {
            throw error("expected " + what);
        }
        return next();
    }

    /** As {@link #expect}, for callers that do not need the token (none is made). */
    void consume(TokenKind kind, String what) throws IrSyntaxException {
        if (!at(kind)) {
            throw error("expected " + what);
        }
        skip();
    }

    void expectWord(String word) throws IrSyntaxException {
        if (!acceptWord(word)) {
            throw error("expected '" + word + "'");
        }
    }

    /** An unsigned decimal integer that fits an int. */
    int expectUnsigned(String what) throws IrSyntaxException {
        Token t = peek();
        if (t.kind() != TokenKind.INTEGER || t.text().startsWith("-") || t.text().length() > 9) {
            throw error("expected " + what);
        }
        next();
        return Integer.parseInt(t.text());
    }

    /** An error at the current token. */
    IrSyntaxException error(String message) {
        return error(tokens.token(index), message);
    }

    IrSyntaxException error(Token at, String message) {
        return new IrSyntaxException(message, location(at));
    }

    SourceLocation location(Token t) {
        return source.location(t.offset(), t.line());
    }

    /** The location of the token at {@code position}, without making a token object. */
    SourceLocation locationAt(int position) {
        return source.location(tokens.offset(position), tokens.line(position));
    }

    SourceLocation currentLocation() {
        return location(tokens.token(index));
    }

    /**
     * Skips a balanced group starting at an opening token ({@code (}, {@code [}, or {@code {}), nesting
     * all three; fails at the end of the file when the group is not closed.
     */
    void skipBalanced() throws IrSyntaxException {
        int open = index;
        skip();
        int depth = 1;
        // Kinds only, no token objects: metadata bodies are long.
        while (depth > 0) {
            TokenKind kind = kind();
            skip();
            switch (kind) {
                case LPAREN, LBRACKET, LBRACE -> depth++;
                case RPAREN, RBRACKET, RBRACE -> depth--;
                // Reported where the file ends, as LLParser reports every error it meets at the end of file.
                case EOF -> {
                    Token o = tokens.token(open);
                    throw error(tokens.token(index), "found end of file before the bracket closing '" + o.text()
                            + "' at " + o.line() + ":" + location(o).column());
                }
                default -> {
                }
            }
        }
    }
}
