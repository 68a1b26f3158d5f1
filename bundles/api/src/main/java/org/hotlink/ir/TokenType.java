package org.hotlink.ir;

/** The {@code token} type; a single instance. */
public final class TokenType extends Type {
    public static final TokenType TOKEN = new TokenType();

    private TokenType() {
    }

    @Override
    public String toString() {
        return "token";
    }
}
