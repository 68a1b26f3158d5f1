package org.hotlink.ir;

/** The {@code label} type; a single instance. */
public final class LabelType extends Type {
    public static final LabelType LABEL = new LabelType();

    private LabelType() {
    }

    @Override
    public String toString() {
        return "label";
    }
}
