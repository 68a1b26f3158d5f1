package org.hotlink.ir;

import java.util.Objects;

/** {@code @g = global T init} or a declaration {@code @g = external global T}. */
public final class GlobalVariable extends GlobalValue {
    private Type valueType;
    private boolean constant;
    private Constant initializer;
    private boolean externallyInitialized;

    public GlobalVariable(String name, Type valueType, int addressSpace) {
        super(name, addressSpace);
        this.valueType = Objects.requireNonNull(valueType, "valueType");
    }

    /** The type of the memory the global names. */
    public Type valueType() {
        return valueType;
    }

    public void setValueType(Type valueType) {
        this.valueType = Objects.requireNonNull(valueType);
    }

    /** True for {@code constant}, false for {@code global}. */
    public boolean isConstant() {
        return constant;
    }

    public void setConstant(boolean constant) {
        this.constant = constant;
    }

    /** The initial contents, or null for a declaration. */
    public Constant initializer() {
        return initializer;
    }

    public void setInitializer(Constant initializer) {
        this.initializer = initializer;
    }

    public boolean isExternallyInitialized() {
        return externallyInitialized;
    }

    public void setExternallyInitialized(boolean externallyInitialized) {
        this.externallyInitialized = externallyInitialized;
    }

    @Override
    public boolean isDeclaration() {
        return initializer == null;
    }
}
