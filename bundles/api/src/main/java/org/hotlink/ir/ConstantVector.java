package org.hotlink.ir;

import java.util.List;

/** {@code <T a, T b, ...>}: a vector constant. */
public final class ConstantVector extends ConstantAggregate {
    public ConstantVector(VectorType type, List<? extends Constant> elements) {
        super(type, elements);
        if (elements.size() != type.length()) {
            throw new IllegalArgumentException(type + " needs " + type.length() + " elements, got " + elements.size());
        }
    }

    @Override
    public VectorType type() {
        return (VectorType) super.type();
    }

    @Override
    String open() {
        return "<";
    }

    @Override
    String close() {
        return ">";
    }
}
