package org.hotlink.ir;

/** The constant an unspecified value of any first-class or aggregate type (`undef`). */
public final class UndefValue extends Constant {
    public UndefValue(Type type) {
        super(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UndefValue c && c.type().equals(type());
    }

    @Override
    public int hashCode() {
        return type().hashCode() ^ 10;
    }

    @Override
    public String reference() {
        return "undef";
    }
}
