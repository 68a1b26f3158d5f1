package org.hotlink.ir;

import java.util.List;

/** {@code [T a, T b, ...]}: an array constant; its length equals the array type's length. */
public final class ConstantArray extends ConstantAggregate {
    public ConstantArray(ArrayType type, List<? extends Constant> elements) {
        super(type, elements);
        if (elements.size() != type.length()) {
            throw new IllegalArgumentException(type + " needs " + type.length() + " elements, got " + elements.size());
        }
    }

    @Override
    public ArrayType type() {
        return (ArrayType) super.type();
    }

    @Override
    String open() {
        return "[";
    }

    @Override
    String close() {
        return "]";
    }
}
