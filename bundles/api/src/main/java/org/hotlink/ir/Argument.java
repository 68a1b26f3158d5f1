package org.hotlink.ir;

import java.util.Objects;

/** A formal parameter of a {@link Function}. */
public final class Argument extends Value {
    private final int index;
    private final Function parent;
    private final AttributeSet attributes;

    public Argument(Type type, String name, int index, Function parent, AttributeSet attributes) {
        super(type, name);
        this.index = index;
        this.parent = Objects.requireNonNull(parent, "parent");
        this.attributes = attributes == null ? AttributeSet.EMPTY : attributes;
    }

    /** Position from 0. */
    public int index() {
        return index;
    }

    public Function parent() {
        return parent;
    }

    /** Parameter attributes ({@code signext}, {@code byval(T)}, {@code align 8}, ...). */
    public AttributeSet attributes() {
        return attributes;
    }
}
