package org.hotlink.ir;

/** A value known before the program runs; immutable once built (globals excepted). */
public abstract class Constant extends Value {
    protected Constant(Type type) {
        super(type, null);
    }

    protected Constant(Type type, String name) {
        super(type, name);
    }
}
