package org.hotlink.ir;

/** The constant a value whose use is undefined behaviour (`poison`). */
public final class PoisonValue extends Constant {
    public PoisonValue(Type type) {
        super(type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoisonValue c && c.type().equals(type());
    }

    @Override
    public int hashCode() {
        return type().hashCode() ^ 11;
    }

    @Override
    public String reference() {
        return "poison";
    }
}
