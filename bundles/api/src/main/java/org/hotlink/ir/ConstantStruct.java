package org.hotlink.ir;

import java.util.List;

/** {@code { T a, U b }} or packed {@code <{ ... }>}: a struct constant of a literal or identified struct type. */
public final class ConstantStruct extends ConstantAggregate {
    public ConstantStruct(StructType type, List<? extends Constant> elements) {
        super(type, elements);
    }

    @Override
    public StructType type() {
        return (StructType) super.type();
    }

    @Override
    String open() {
        return type().isPacked() ? "<{" : "{";
    }

    @Override
    String close() {
        return type().isPacked() ? "}>" : "}";
    }
}
