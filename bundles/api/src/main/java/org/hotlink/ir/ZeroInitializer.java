package org.hotlink.ir;

/** The constant all-zero bytes of any type (`zeroinitializer`). */
public final class ZeroInitializer extends Constant {
    public ZeroInitializer(Type type) {
        super(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZeroInitializer c && c.type().equals(type());
    }

    @Override
    public int hashCode() {
        return type().hashCode() ^ 15;
    }

    @Override
    public String reference() {
        return "zeroinitializer";
    }
}
