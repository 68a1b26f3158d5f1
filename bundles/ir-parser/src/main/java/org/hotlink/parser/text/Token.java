package org.hotlink.parser.text;

/**
 * A token: its kind, its (decoded) text, where it starts (char offset and 1-based line), and the
 * number of its text in the file's {@link NameTable} (equal names have equal numbers).
 */
record Token(TokenKind kind, String text, int offset, int line, int textId) {
    boolean is(TokenKind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == TokenKind.WORD && text.equals(word);
    }

    /** How the token is named in messages. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case LOCAL_VAR, LOCAL_ID -> "'%" + text + "'";
            case GLOBAL_VAR, GLOBAL_ID -> "'@" + text + "'";
            case METADATA_NAME -> "'!" + text + "'";
            case STRING -> "string";
            case LABEL -> "label '" + text + ":'";
            default -> "'" + text + "'";
        };
    }
}
