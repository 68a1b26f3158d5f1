package org.hotlink.ir;

/** The constant a null pointer (`null`); its type is a pointer type. */
public final class ConstantNull extends Constant {
    public ConstantNull(Type type) {
        super(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantNull c && c.type().equals(type());
    }

    @Override
    public int hashCode() {
        return type().hashCode() ^ 12;
    }

    @Override
    public String reference() {
        return "null";
    }
}
