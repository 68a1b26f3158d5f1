package org.hotlink.ir;

/** The constant the `none` token constant. */
public final class ConstantToken extends Constant {
    public ConstantToken(Type type) {
        super(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantToken c && c.type().equals(type());
    }

    @Override
    public int hashCode() {
        return type().hashCode() ^ 13;
    }

    @Override
    public String reference() {
        return "none";
    }
}
