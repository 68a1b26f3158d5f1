package org.hotlink.ir;

/** The {@code void} type; a single instance. */
public final class VoidType extends Type {
    public static final VoidType VOID = new VoidType();

    private VoidType() {
    }

    @Override
    public String toString() {
        return "void";
    }
}
