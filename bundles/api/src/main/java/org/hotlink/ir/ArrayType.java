package org.hotlink.ir;

import java.util.Objects;

/** {@code [N x T]}: a fixed number of elements laid out at the element's allocation size. */
public final class ArrayType extends Type {
    private final long length;
    private final Type elementType;

    public ArrayType(long length, Type elementType) {
        if (length < 0) {
            throw new IllegalArgumentException("array length must not be negative: " + length);
        }
        this.length = length;
        this.elementType = Objects.requireNonNull(elementType, "elementType");
    }

    public long length() {
        return length;
    }

    public Type elementType() {
        return elementType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayType a && a.length == length && a.elementType.equals(elementType);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length) * 31 + elementType.hashCode();
    }

    @Override
    public String toString() {
        return "[" + length + " x " + elementType + "]";
    }
}
