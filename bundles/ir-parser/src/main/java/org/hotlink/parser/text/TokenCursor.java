package org.hotlink.parser.text;

import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.diagnostic.SourceLocation;

/** A position in the token list with the look-ahead and expectation helpers every parsing stage uses. */
final class TokenCursor {
    private final Token[] tokens;
    /** Number of tokens in {@link #tokens}; the last one is EOF. */
    private final int count;
    private final SourceText source;
    private int index;

    TokenCursor(Lexer.Tokens tokens, SourceText source) {
        this.tokens = tokens.tokens();
        this.count = tokens.count();
        this.source = source;
    }

    /** The current token; an ERROR token is reported as soon as it is looked at. */
    Token peek() throws IrSyntaxException {
        Token t = tokens[index];
        if (t.kind() == TokenKind.ERROR) {
            throw errorToken(t);
        }
        return t;
    }

    private IrSyntaxException errorToken(Token t) {
        return new IrSyntaxException(t.text(), location(t));
    }

    /** The token {@code ahead} places after the current one (EOF past the end); never throws. */
    Token peekAhead(int ahead) {
        return tokens[Math.min(index + ahead, count - 1)];
    }

    Token next() throws IrSyntaxException {
        Token t = peek();
        if (t.kind() != TokenKind.EOF) {
            index++;
        }
        return t;
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
        return tokens[position];
    }

    boolean at(TokenKind kind) throws IrSyntaxException {
        return peek().kind() == kind;
    }

    boolean atWord(String word) throws IrSyntaxException {
        return peek().isWord(word);
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
        return error(tokens[index], message);
    }

    IrSyntaxException error(Token at, String message) {
        return new IrSyntaxException(message, location(at));
    }

    SourceLocation location(Token t) {
        return source.location(t.offset(), t.line());
    }

    SourceLocation currentLocation() {
        return location(tokens[index]);
    }

    /**
     * Skips a balanced group starting at an opening token ({@code (}, {@code [}, or {@code {}), nesting
     * all three; fails at the end of the file when the group is not closed.
     */
    void skipBalanced() throws IrSyntaxException {
        Token open = next();
        int depth = 1;
        while (depth > 0) {
            Token t = next();
            switch (t.kind()) {
                case LPAREN, LBRACKET, LBRACE -> depth++;
                case RPAREN, RBRACKET, RBRACE -> depth--;
                // Reported where the file ends, as LLParser reports every error it meets at the end of file.
                case EOF -> throw error(t, "found end of file before the bracket closing '" + open.text()
                        + "' at " + open.line() + ":" + location(open).column());
                default -> {
                }
            }
        }
    }
}
