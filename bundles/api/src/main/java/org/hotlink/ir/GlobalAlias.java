package org.hotlink.ir;

import java.util.Objects;

/**
 * {@code @a = alias T, ptr @target}: another name for a constant address. Like every global, the
 * alias itself is a pointer; {@code T} is the value type of what it points at, so a function alias
 * ({@code @f2 = alias i32 (i32, i32), ptr @f}) has a {@link FunctionType} here, and a call through
 * the alias has the {@code GlobalAlias} as its callee.
 */
public final class GlobalAlias extends GlobalValue {
    private Type valueType;
    private Constant aliasee;

    public GlobalAlias(String name, Type valueType, int addressSpace) {
        super(name, addressSpace);
        this.valueType = Objects.requireNonNull(valueType, "valueType");
    }

    /** The aliasee's value type as written: any type but void (a function type for a function alias). */
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
