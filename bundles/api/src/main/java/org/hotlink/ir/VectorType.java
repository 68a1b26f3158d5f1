package org.hotlink.ir;

import java.util.Objects;

/** {@code <N x T>} or, when scalable, {@code <vscale x N x T>}; elements are integers, floats or pointers. */
public final class VectorType extends Type {
    private final long length;
    private final Type elementType;
    private final boolean scalable;

    public VectorType(long length, Type elementType, boolean scalable) {
        if (length <= 0) {
            throw new IllegalArgumentException("vector length must be positive: " + length);
        }
        this.length = length;
        this.elementType = Objects.requireNonNull(elementType, "elementType");
        this.scalable = scalable;
    }

    public VectorType(long length, Type elementType) {
        this(length, elementType, false);
    }

    /** Number of elements (the minimum, times vscale, when scalable). */
    public long length() {
        return length;
    }

    public Type elementType() {
        return elementType;
    }

    public boolean isScalable() {
        return scalable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorType v && v.length == length && v.scalable == scalable
                && v.elementType.equals(elementType);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(length) * 31 + elementType.hashCode()) * 2 + (scalable ? 1 : 0);
    }

    @Override
    public String toString() {
        return "<" + (scalable ? "vscale x " : "") + length + " x " + elementType + ">";
    }
}
