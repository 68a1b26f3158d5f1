package org.hotlink.parser.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits LLVM IR text into tokens, as LLVM's LLLexer does. Never throws: text that is not a token
 * becomes an {@link TokenKind#ERROR} token, so errors surface in file order when the parser reaches them.
 */
final class Lexer {
    private final String text;
    private int pos;
    private int line = 1;
    /** Line of the token being read: only strings span lines, and a token starts where it is counted. */
    private int tokenLine = 1;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String text) {
        this.text = text;
    }

    /** All tokens of {@code text}, ending with one EOF token. */
    static List<Token> tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= text.length()) {
                tokens.add(new Token(TokenKind.EOF, "", pos, line));
                return;
            }
            int start = pos;
            tokenLine = line;
            Token t = next();
            tokens.add(t);
            if (t.kind() == TokenKind.ERROR) {
                // Nothing after a lexical error is ever read: the parser stops there.
                tokens.add(new Token(TokenKind.EOF, "", start, line));
                return;
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == ';') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '%':
                return sigilName(start, TokenKind.LOCAL_VAR, TokenKind.LOCAL_ID);
            case '@':
                return sigilName(start, TokenKind.GLOBAL_VAR, TokenKind.GLOBAL_ID);
            case '$':
                return sigilName(start, TokenKind.COMDAT_VAR, TokenKind.COMDAT_VAR);
            case '!':
                pos++;
                if (pos < text.length() && (isNameChar(text.charAt(pos)) || text.charAt(pos) == '\\')) {
                    int s = pos;
                    while (pos < text.length() && (isNameChar(text.charAt(pos)) || text.charAt(pos) == '\\')) {
                        pos++;
                    }
                    return token(TokenKind.METADATA_NAME, text.substring(s, pos), start);
                }
                return token(TokenKind.EXCLAIM, "!", start);
            case '#':
                pos++;
                if (pos < text.length() && isDigit(text.charAt(pos))) {
                    return token(TokenKind.ATTRIBUTE_GROUP_ID, digits(), start);
                }
                if (pos < text.length() && isAsciiLetterOrDigit(text.charAt(pos))) {
                    int s = pos;
                    while (pos < text.length() && (isAsciiLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                        pos++;
                    }
                    return token(TokenKind.DEBUG_RECORD, text.substring(s, pos), start);
                }
                return error(start, "expected attribute group number or debug record after '#'");
            case '"': {
                String s = quoted();
                if (s == null) {
                    return error(start, "unterminated string");
                }
                if (pos < text.length() && text.charAt(pos) == ':') {
                    pos++;
                    return token(TokenKind.LABEL, utf8(s), start);
                }
                return token(TokenKind.STRING, s, start);
            }
            case '=': return punct(TokenKind.EQUALS, start);
            case ',': return punct(TokenKind.COMMA, start);
            case '*': return punct(TokenKind.STAR, start);
            case '[': return punct(TokenKind.LBRACKET, start);
            case ']': return punct(TokenKind.RBRACKET, start);
            case '{': return punct(TokenKind.LBRACE, start);
            case '}': return punct(TokenKind.RBRACE, start);
            case '(': return punct(TokenKind.LPAREN, start);
            case ')': return punct(TokenKind.RPAREN, start);
            case '<': return punct(TokenKind.LESS, start);
            case '>': return punct(TokenKind.GREATER, start);
            case ':': return punct(TokenKind.COLON, start);
            case '|': return punct(TokenKind.BAR, start);
            case '.':
                if (text.startsWith("...", pos)) {
                    pos += 3;
                    return token(TokenKind.ELLIPSIS, "...", start);
                }
                return wordOrLabel(start);
            default:
                if (isDigit(c) || ((c == '-' || c == '+') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                    return number(start);
                }
                if (isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '$') {
                    return wordOrLabel(start);
                }
                pos++;
                return error(start, "invalid character '" + printable(c) + "'");
        }
    }

    private Token sigilName(int start, TokenKind named, TokenKind numbered) {
        char sigil = text.charAt(pos);
        pos++;
        if (pos < text.length() && text.charAt(pos) == '"') {
            String s = quoted();
            if (s == null) {
                return error(start, "unterminated quoted name");
            }
            return token(named, utf8(s), start);
        }
        if (pos < text.length() && isDigit(text.charAt(pos)) && numbered != named) {
            String d = digits();
            return token(numbered, d, start);
        }
        int s = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (s == pos) {
            return error(start, "expected a name after '" + sigil + "'");
        }
        return token(named, text.substring(s, pos), start);
    }

    private Token number(int start) {
        // A label such as "12:" or "-x:" wins over a number.
        Token label = labelAt(start);
        if (label != null) {
            return label;
        }
        if (text.startsWith("0x", pos)) {
            pos += 2;
            if (pos < text.length() && "KLMHR".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            int s = pos;
            while (pos < text.length() && isHexDigit(text.charAt(pos))) {
                pos++;
            }
            if (s == pos) {
                return error(start, "expected hexadecimal digits");
            }
            return token(TokenKind.FLOAT, text.substring(start, pos), start);
        }
        if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
            pos++;
        }
        digits();
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                    pos++;
                }
                if (pos < text.length() && isDigit(text.charAt(pos))) {
                    digits();
                } else {
                    pos = save;
                }
            }
            return token(TokenKind.FLOAT, text.substring(start, pos), start);
        }
        if (text.charAt(start) == '+') {
            return error(start, "expected a floating-point number after '+'");
        }
        return token(TokenKind.INTEGER, text.substring(start, pos), start);
    }

    private Token wordOrLabel(int start) {
        Token label = labelAt(start);
        if (label != null) {
            return label;
        }
        char c = text.charAt(pos);
        if ((c == 'u' || c == 's') && text.startsWith("0x", pos + 1)) {
            pos += 3;
            int s = pos;
            while (pos < text.length() && isHexDigit(text.charAt(pos))) {
                pos++;
            }
            if (s == pos) {
                return error(start, "expected hexadecimal digits");
            }
            return token(TokenKind.HEX_INTEGER, text.substring(start, pos), start);
        }
        if (c == 'c' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
            pos++;
            String s = quoted();
            if (s == null) {
                return error(start, "unterminated string");
            }
            return token(TokenKind.C_STRING, s, start);
        }
        if (!(isAsciiLetterOrDigit(c) || c == '_')) {
            pos++;
            return error(start, "invalid character '" + printable(c) + "'");
        }
        while (pos < text.length() && (isAsciiLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return token(TokenKind.WORD, text.substring(start, pos), start);
    }

    /** A label token {@code [-a-zA-Z$._0-9]+:} at {@code start}, or null (and nothing consumed). */
    private Token labelAt(int start) {
        int p = start;
        while (p < text.length() && isNameChar(text.charAt(p))) {
            p++;
        }
        if (p > start && p < text.length() && text.charAt(p) == ':') {
            pos = p + 1;
            return token(TokenKind.LABEL, text.substring(start, p), start);
        }
        return null;
    }

    /** Reads {@code "..."} at pos, decoding {@code \XX} and {@code \\}; returns bytes as ISO-8859-1 chars, or null if unterminated. */
    private String quoted() {
        pos++;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
            }
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\\') {
                bytes.write('\\');
                pos += 2;
            } else if (c == '\\' && pos + 2 < text.length() && isHexDigit(text.charAt(pos + 1))
                    && isHexDigit(text.charAt(pos + 2))) {
                bytes.write(Integer.parseInt(text.substring(pos + 1, pos + 3), 16));
                pos += 3;
            } else {
                int cp = text.codePointAt(pos);
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(enc, 0, enc.length);
                pos += Character.charCount(cp);
            }
        }
        return null;
    }

    private String digits() {
        int s = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(s, pos);
    }

    private Token punct(TokenKind kind, int start) {
        pos++;
        return token(kind, text.substring(start, pos), start);
    }

    private Token token(TokenKind kind, String value, int start) {
        return new Token(kind, value, start, tokenLine);
    }

    private Token error(int start, String message) {
        return new Token(TokenKind.ERROR, message, start, tokenLine);
    }

    static String utf8(String isoBytes) {
        return new String(isoBytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    static boolean isNameChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '-' || c == '$' || c == '.' || c == '_';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
