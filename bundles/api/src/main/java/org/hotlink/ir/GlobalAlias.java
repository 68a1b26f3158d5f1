package org.hotlink.ir;

import java.util.Objects;

/** {@code @a = alias T, ptr @target}: another name for a constant address. */
public final class GlobalAlias extends GlobalValue {
    private Type valueType;
    private Constant aliasee;

    public GlobalAlias(String name, Type valueType, int addressSpace) {
        super(name, addressSpace);
        this.valueType = Objects.requireNonNull(valueType, "valueType");
    }

    public Type valueType() {
        return valueType;
    }

    public void setValueType(Type valueType) {
        this.valueType = Objects.requireNonNull(valueType);
    }

    /** The aliased constant (a global or a constant expression of one); null only while parsing. */
    public Constant aliasee() {
        return aliasee;
    }

    public void setAliasee(Constant aliasee) {
        this.aliasee = Objects.requireNonNull(aliasee);
    }

    @Override
    public boolean isDeclaration() {
        return false;
    }
}
