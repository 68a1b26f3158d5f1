package org.hotlink.parser.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits LLVM IR text into tokens, as LLVM's LLLexer does. Never throws: text that is not a token
 * becomes an {@link TokenKind#ERROR} token, so errors surface in file order when the parser reaches them.
 *
 * <p>Built for throughput: it scans a {@code char[]} copy of the text with a character-class table,
 * allocates nothing for punctuation (shared constant texts), and interns the text of names, keywords
 * and numbers in a per-file {@link NameTable}, so a name used many times is one {@code String} with a
 * cached hash and keyword comparisons mostly succeed on identity. Quoted strings that are plain ASCII
 * are copied directly; only strings with escapes or non-ASCII characters take the byte-decoding path.
 */
final class Lexer {
    /** {@code [-a-zA-Z$._0-9]}: characters of names and labels. */
    private static final int NAME = 1;
    /** {@code [a-zA-Z0-9]}. */
    private static final int ALNUM = 2;
    /** {@code [0-9]}. */
    private static final int DIGIT = 4;
    /** {@code [0-9a-fA-F]}. */
    private static final int HEX = 8;
    private static final byte[] CLASSES = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            int k = 0;
            boolean digit = c >= '0' && c <= '9';
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (digit || letter) {
                k |= ALNUM | NAME;
            }
            if (c == '-' || c == '$' || c == '.' || c == '_') {
                k |= NAME;
            }
            if (digit) {
                k |= DIGIT;
            }
            if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                k |= HEX;
            }
            CLASSES[c] = (byte) k;
        }
    }

    private static final String[] PUNCTUATION = new String[128];

    static {
        for (char c : "=,*[]{}()<>:|".toCharArray()) {
            PUNCTUATION[c] = String.valueOf(c).intern();
        }
    }

    private final char[] text;
    private final int length;
    private int pos;
    private int line = 1;
    /** Line of the token being read: only strings span lines, and a token starts where it is counted. */
    private int tokenLine = 1;
    private Token[] tokens;
    private int count;
    private final NameTable names = new NameTable();

    private Lexer(String text) {
        this.text = text.toCharArray();
        this.length = this.text.length;
        this.tokens = new Token[Math.max(16, length / 5)];
    }

    /** All tokens of {@code text}, ending with one EOF token; the array may be longer than the count. */
    static Tokens tokenize(String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return new Tokens(lexer.tokens, lexer.count);
    }

    /** The token array and how many of its entries are tokens. */
    record Tokens(Token[] tokens, int count) {
    }

    private void add(Token t) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count + (count >> 1) + 16);
        }
        tokens[count++] = t;
    }

    private void run() {
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= length) {
                add(new Token(TokenKind.EOF, "", pos, line));
                return;
            }
            int start = pos;
            tokenLine = line;
            Token t = next();
            add(t);
            if (t.kind() == TokenKind.ERROR) {
                // Nothing after a lexical error is ever read: the parser stops there.
                add(new Token(TokenKind.EOF, "", start, line));
                return;
            }
        }
    }

    private void skipWhitespaceAndComments() {
        final char[] s = text;
        int p = pos;
        while (p < length) {
            char c = s[p];
            if (c == '\n') {
                line++;
                p++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                p++;
            } else if (c == ';') {
                while (p < length && s[p] != '\n') {
                    p++;
                }
            } else {
                break;
            }
        }
        pos = p;
    }

    private boolean at(int p, char c) {
        return p < length && text[p] == c;
    }

    private boolean is(int p, int classes) {
        if (p >= length) {
            return false;
        }
        char c = text[p];
        return c < 128 && (CLASSES[c] & classes) != 0;
    }

    private static boolean is(char c, int classes) {
        return c < 128 && (CLASSES[c] & classes) != 0;
    }

    /** The end of the run of characters of {@code classes} starting at {@code p}. */
    private int scan(int p, int classes) {
        final char[] s = text;
        while (p < length) {
            char c = s[p];
            if (c >= 128 || (CLASSES[c] & classes) == 0) {
                break;
            }
            p++;
        }
        return p;
    }

    private Token next() {
        int start = pos;
        char c = text[pos];
        switch (c) {
            case '%':
                return sigilName(start, TokenKind.LOCAL_VAR, TokenKind.LOCAL_ID);
            case '@':
                return sigilName(start, TokenKind.GLOBAL_VAR, TokenKind.GLOBAL_ID);
            case '$':
                return sigilName(start, TokenKind.COMDAT_VAR, TokenKind.COMDAT_VAR);
            case '!': {
                pos++;
                int s = pos;
                int p = pos;
                while (p < length && (is(text[p], NAME) || text[p] == '\\')) {
                    p++;
                }
                if (p > s) {
                    pos = p;
                    return token(TokenKind.METADATA_NAME, names.intern(text, s, p), start);
                }
                return token(TokenKind.EXCLAIM, "!", start);
            }
            case '#':
                pos++;
                if (is(pos, DIGIT)) {
                    return token(TokenKind.ATTRIBUTE_GROUP_ID, digits(), start);
                }
                if (is(pos, ALNUM)) {
                    int s = pos;
                    pos++;
                    while (pos < length && (is(text[pos], ALNUM) || text[pos] == '_')) {
                        pos++;
                    }
                    return token(TokenKind.DEBUG_RECORD, names.intern(text, s, pos), start);
                }
                return error(start, "expected attribute group number or debug record after '#'");
            case '"': {
                String s = quoted();
                if (s == null) {
                    return error(start, "unterminated string");
                }
                if (at(pos, ':')) {
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
                if (at(pos + 1, '.') && at(pos + 2, '.')) {
                    pos += 3;
                    return token(TokenKind.ELLIPSIS, "...", start);
                }
                return wordOrLabel(start);
            default:
                if (is(c, DIGIT) || ((c == '-' || c == '+') && is(pos + 1, DIGIT))) {
                    return number(start);
                }
                if (is(c, ALNUM) || c == '_' || c == '-' || c == '$') {
                    return wordOrLabel(start);
                }
                pos++;
                return error(start, "invalid character '" + printable(c) + "'");
        }
    }

    private Token sigilName(int start, TokenKind named, TokenKind numbered) {
        char sigil = text[pos];
        pos++;
        if (at(pos, '"')) {
            String s = quoted();
            if (s == null) {
                return error(start, "unterminated quoted name");
            }
            return token(named, utf8(s), start);
        }
        if (numbered != named && is(pos, DIGIT)) {
            return token(numbered, digits(), start);
        }
        int s = pos;
        pos = scan(pos, NAME);
        if (s == pos) {
            return error(start, "expected a name after '" + sigil + "'");
        }
        return token(named, names.intern(text, s, pos), start);
    }

    private Token number(int start) {
        // A label such as "12:" or "-x:" wins over a number.
        Token label = labelAt(start);
        if (label != null) {
            return label;
        }
        if (at(pos, '0') && at(pos + 1, 'x')) {
            pos += 2;
            if (pos < length && "KLMHR".indexOf(text[pos]) >= 0) {
                pos++;
            }
            int s = pos;
            pos = scan(pos, HEX);
            if (s == pos) {
                return error(start, "expected hexadecimal digits");
            }
            return token(TokenKind.FLOAT, names.intern(text, start, pos), start);
        }
        if (text[pos] == '-' || text[pos] == '+') {
            pos++;
        }
        pos = scan(pos, DIGIT);
        if (at(pos, '.')) {
            pos++;
            pos = scan(pos, DIGIT);
            if (at(pos, 'e') || at(pos, 'E')) {
                int save = pos;
                pos++;
                if (at(pos, '-') || at(pos, '+')) {
                    pos++;
                }
                if (is(pos, DIGIT)) {
                    pos = scan(pos, DIGIT);
                } else {
                    pos = save;
                }
            }
            return token(TokenKind.FLOAT, names.intern(text, start, pos), start);
        }
        if (text[start] == '+') {
            return error(start, "expected a floating-point number after '+'");
        }
        return token(TokenKind.INTEGER, names.intern(text, start, pos), start);
    }

    private Token wordOrLabel(int start) {
        int nameEnd = scan(start, NAME);
        if (nameEnd > start && at(nameEnd, ':')) {
            // A label token [-a-zA-Z$._0-9]+: wins over a word.
            pos = nameEnd + 1;
            return token(TokenKind.LABEL, names.intern(text, start, nameEnd), start);
        }
        char c = text[pos];
        if ((c == 'u' || c == 's') && at(pos + 1, '0') && at(pos + 2, 'x')) {
            pos += 3;
            int s = pos;
            pos = scan(pos, HEX);
            if (s == pos) {
                return error(start, "expected hexadecimal digits");
            }
            return token(TokenKind.HEX_INTEGER, names.intern(text, start, pos), start);
        }
        if (c == 'c' && at(pos + 1, '"')) {
            pos++;
            String s = quoted();
            if (s == null) {
                return error(start, "unterminated string");
            }
            return token(TokenKind.C_STRING, s, start);
        }
        if (!(is(c, ALNUM) || c == '_')) {
            pos++;
            return error(start, "invalid character '" + printable(c) + "'");
        }
        pos++;
        while (pos < length && (is(text[pos], ALNUM) || text[pos] == '_')) {
            pos++;
        }
        return token(TokenKind.WORD, names.intern(text, start, pos), start);
    }

    /** A label token {@code [-a-zA-Z$._0-9]+:} at {@code start}, or null (and nothing consumed). */
    private Token labelAt(int start) {
        int p = scan(start, NAME);
        if (p > start && at(p, ':')) {
            pos = p + 1;
            return token(TokenKind.LABEL, names.intern(text, start, p), start);
        }
        return null;
    }

    /**
     * Reads {@code "..."} at pos, decoding {@code \XX} and {@code \\}; returns bytes as ISO-8859-1 chars,
     * or null if unterminated. Plain ASCII strings (the usual case) are copied without decoding.
     */
    private String quoted() {
        pos++;
        final char[] s = text;
        int begin = pos;
        int p = pos;
        while (p < length) {
            char c = s[p];
            if (c == '"') {
                pos = p + 1;
                return new String(s, begin, p - begin);
            }
            if (c == '\\' || c >= 0x80) {
                break;
            }
            if (c == '\n') {
                line++;
            }
            p++;
        }
        if (p >= length) {
            pos = p;
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(p - begin + 16);
        for (int i = begin; i < p; i++) {
            bytes.write(s[i]);
        }
        pos = p;
        while (pos < length) {
            char c = s[pos];
            if (c == '"') {
                pos++;
                return new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);
            }
            if (c == '\n') {
                line++;
            }
            if (c == '\\' && pos + 1 < length && s[pos + 1] == '\\') {
                bytes.write('\\');
                pos += 2;
            } else if (c == '\\' && pos + 2 < length && is(s[pos + 1], HEX) && is(s[pos + 2], HEX)) {
                bytes.write(Character.digit(s[pos + 1], 16) * 16 + Character.digit(s[pos + 2], 16));
                pos += 3;
            } else if (c < 0x80) {
                bytes.write(c);
                pos++;
            } else {
                int cp = Character.codePointAt(s, pos, length);
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(enc, 0, enc.length);
                pos += Character.charCount(cp);
            }
        }
        return null;
    }

    private String digits() {
        int s = pos;
        pos = scan(pos, DIGIT);
        return names.intern(text, s, pos);
    }

    private Token punct(TokenKind kind, int start) {
        String t = PUNCTUATION[text[pos]];
        pos++;
        return token(kind, t, start);
    }

    private Token token(TokenKind kind, String value, int start) {
        return new Token(kind, value, start, tokenLine);
    }

    private Token error(int start, String message) {
        return new Token(TokenKind.ERROR, message, start, tokenLine);
    }

    /** Decodes a string of bytes held as ISO-8859-1 chars as UTF-8; ASCII text is returned as it is. */
    static String utf8(String isoBytes) {
        for (int i = 0, n = isoBytes.length(); i < n; i++) {
            if (isoBytes.charAt(i) >= 0x80) {
                return new String(isoBytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return isoBytes;
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    static boolean isNameChar(char c) {
        return is(c, NAME);
    }
}
