package org.hotlink.parser.text;

/** Times the lexer alone (package access); bench use only. */
public final class LexProbe {
    private LexProbe() {
    }

    /** Tokenizes {@code text} and returns the token count. */
    public static int lex(String text) {
        return Lexer.tokenize(text).count();
    }

    /** Builds the source text's line table. */
    public static Object source(String text) {
        return new SourceText("x", text);
    }
}
