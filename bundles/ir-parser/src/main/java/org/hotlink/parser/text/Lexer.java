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
    /** {@code [a-zA-Z0-9_]}: characters of keywords. */
    private static final int WORD = 16;
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
            if (digit || letter || c == '_') {
                k |= WORD;
            }
            CLASSES[c] = (byte) k;
        }
    }

    /** String hashes of the words that start global definitions (see {@link TokenBuffer#markDefinitionCandidate}). */
    private static final int DEFINE_HASH = "define".hashCode();
    private static final int DECLARE_HASH = "declare".hashCode();
    private static final int ATTRIBUTES_HASH = "attributes".hashCode();

    /** Texts of the one-character punctuation tokens, constants so that no lexer run builds them. */
    private static final String[] PUNCTUATION = {"=", ",", "*", "[", "]", "{", "}", "(", ")", "<", ">", ":", "|"};

    private final char[] text;
    private final int length;
    private int pos;
    private int line = 1;
    /** Where each line starts, by 0-based line number: recorded as the lexer meets line breaks, so no separate pass is needed. */
    private int[] lineStarts;
    /** Line of the token being read: only strings span lines, and a token starts where it is counted. */
    private int tokenLine = 1;
    private final NameTable names;
    private final TokenBuffer tokens;
    /** Text numbers of the punctuation characters. */
    private final int[] punctuation = new int[128];
    private final int ellipsis;
    private final int exclaim;

    private Lexer(String text) {
        this.text = text.toCharArray();
        this.length = this.text.length;
        this.names = new NameTable(this.text);
        this.tokens = new TokenBuffer(length / 4, names);
        // Clang output has lines of 30 to 40 characters on average; the table grows when needed.
        this.lineStarts = new int[Math.max(16, length / 32)];
        for (String p : PUNCTUATION) {
            punctuation[p.charAt(0)] = names.add(p);
        }
        ellipsis = names.add("...");
        exclaim = names.add("!");
        for (String keyword : Keywords.ALL) {
            names.intern(keyword);
        }
    }

    /** The tokens of a text and where its lines start. */
    record Result(TokenBuffer tokens, SourceText source) {
    }

    /** All tokens of {@code text}, ending with one EOF token, and the text's lines for locations in {@code file}. */
    static Result tokenize(String file, String text) {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return new Result(lexer.tokens, new SourceText(file, text, lexer.allLineStarts(), lexer.line));
    }

    /** Counts the line break at {@code p}. */
    private void newLine(int p) {
        if (line == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, line * 2);
        }
        lineStarts[line++] = p + 1;
    }

    /** The line starts, completed past a lexical error (where the lexer stopped) so that every line has one. */
    private int[] allLineStarts() {
        final char[] s = text;
        for (int p = pos; p < length; p++) {
            if (s[p] == '\n') {
                newLine(p);
            }
        }
        return lineStarts;
    }

    private void run() {
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= length) {
                tokens.add(TokenKind.EOF, NameTable.EMPTY, pos, line);
                return;
            }
            int start = pos;
            tokenLine = line;
            if (next() == TokenKind.ERROR) {
                // Nothing after a lexical error is ever read: the parser stops there.
                tokens.add(TokenKind.EOF, NameTable.EMPTY, start, line);
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
                newLine(p);
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

    /** The {@code String} hash of the text scanned by the last {@link #scanHashing}. */
    private int hash;

    /** As {@link #scan}, also setting {@link #hash} to the hash of the characters scanned. */
    private int scanHashing(int p, int classes) {
        final char[] s = text;
        int h = 0;
        while (p < length) {
            char c = s[p];
            if (c >= 128 || (CLASSES[c] & classes) == 0) {
                break;
            }
            h = 31 * h + c;
            p++;
        }
        hash = h;
        return p;
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

    private TokenKind next() {
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
                    return token(TokenKind.METADATA_NAME, names.intern(s, p), start);
                }
                return token(TokenKind.EXCLAIM, exclaim, start);
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
                    return token(TokenKind.DEBUG_RECORD, names.intern(s, pos), start);
                }
                return error(start, "expected attribute group number or debug record after '#'");
            case '"': {
                String s = quoted();
                if (s == null) {
                    return error(start, "unterminated string");
                }
                if (at(pos, ':')) {
                    pos++;
                    return token(TokenKind.LABEL, names.intern(utf8(s)), start);
                }
                return token(TokenKind.STRING, s, start);
            }
            case '=': {
                int previous = tokens.count() - 1;
                if (previous >= 0 && (tokens.is(previous, TokenKind.GLOBAL_VAR) || tokens.is(previous, TokenKind.GLOBAL_ID))) {
                    tokens.markDefinitionCandidate(previous);
                }
                return punct(TokenKind.EQUALS, start);
            }
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
                    return token(TokenKind.ELLIPSIS, ellipsis, start);
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

    private TokenKind sigilName(int start, TokenKind named, TokenKind numbered) {
        char sigil = text[pos];
        pos++;
        if (at(pos, '"')) {
            String s = quoted();
            if (s == null) {
                return error(start, "unterminated quoted name");
            }
            return token(named, names.intern(utf8(s)), start);
        }
        if (numbered != named && is(pos, DIGIT)) {
            return token(numbered, digits(), start);
        }
        int s = pos;
        pos = scanHashing(pos, NAME);
        if (s == pos) {
            return error(start, "expected a name after '" + sigil + "'");
        }
        return token(named, names.intern(s, pos, hash), start);
    }

    private TokenKind number(int start) {
        // A label such as "12:" or "-x:" wins over a number.
        TokenKind label = labelAt(start);
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
            return token(TokenKind.FLOAT, names.intern(start, pos), start);
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
            return token(TokenKind.FLOAT, names.intern(start, pos), start);
        }
        if (text[start] == '+') {
            return error(start, "expected a floating-point number after '+'");
        }
        return token(TokenKind.INTEGER, names.intern(start, pos), start);
    }

    private TokenKind wordOrLabel(int start) {
        // The word characters [a-zA-Z0-9_] with their hash, then any other name characters [-$.] of a label.
        final char[] buf = text;
        int p = start;
        int h = 0;
        while (p < length) {
            char ch = buf[p];
            if (ch >= 128 || (CLASSES[ch] & WORD) == 0) {
                break;
            }
            h = 31 * h + ch;
            p++;
        }
        int wordEnd = p;
        p = scan(p, NAME);
        if (p > start && at(p, ':')) {
            // A label token [-a-zA-Z$._0-9]+: wins over a word.
            pos = p + 1;
            return token(TokenKind.LABEL, wordEnd == p ? names.intern(start, p, h) : names.intern(start, p), start);
        }
        char c = text[pos];
        if ((c == 'u' || c == 's') && at(pos + 1, '0') && at(pos + 2, 'x')) {
            pos += 3;
            int s = pos;
            pos = scan(pos, HEX);
            if (s == pos) {
                return error(start, "expected hexadecimal digits");
            }
            return token(TokenKind.HEX_INTEGER, names.intern(start, pos), start);
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
        pos = wordEnd;
        if (h == DEFINE_HASH || h == DECLARE_HASH || h == ATTRIBUTES_HASH) {
            // Probably a word that starts a global definition; the scanner checks the text.
            tokens.markDefinitionCandidate(tokens.count());
        }
        return token(TokenKind.WORD, names.intern(start, pos, h), start);
    }

    /** A label token {@code [-a-zA-Z$._0-9]+:} at {@code start}, or null (and nothing consumed). */
    private TokenKind labelAt(int start) {
        int p = scan(start, NAME);
        if (p > start && at(p, ':')) {
            pos = p + 1;
            return token(TokenKind.LABEL, names.intern(start, p), start);
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
                newLine(p);
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
                newLine(pos);
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

    private int digits() {
        int s = pos;
        pos = scanHashing(pos, DIGIT);
        return names.intern(s, pos, hash);
    }

    private TokenKind punct(TokenKind kind, int start) {
        int t = punctuation[text[pos]];
        pos++;
        return token(kind, t, start);
    }

    private TokenKind token(TokenKind kind, int text, int start) {
        tokens.add(kind, text, start, tokenLine);
        return kind;
    }

    private TokenKind token(TokenKind kind, String text, int start) {
        return token(kind, names.add(text), start);
    }

    private TokenKind error(int start, String message) {
        return token(TokenKind.ERROR, message, start);
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
