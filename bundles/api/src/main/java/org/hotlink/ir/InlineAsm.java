package org.hotlink.ir;

import java.util.Objects;

/**
 * The callee of {@code call void asm sideeffect "...", "..."(...)}: inline assembly. Kept so a
 * back-end can reject it with the call's location.
 */
public final class InlineAsm extends Value {
    private final FunctionType functionType;
    private final String assembly;
    private final String constraints;
    private final boolean sideEffects;

    public InlineAsm(FunctionType functionType, String assembly, String constraints, boolean sideEffects) {
        super(PointerType.PTR, null);
        this.functionType = Objects.requireNonNull(functionType);
        this.assembly = Objects.requireNonNull(assembly);
        this.constraints = Objects.requireNonNull(constraints);
        this.sideEffects = sideEffects;
    }

    public FunctionType functionType() {
        return functionType;
    }

    public String assembly() {
        return assembly;
    }

    public String constraints() {
        return constraints;
    }

    public boolean hasSideEffects() {
        return sideEffects;
    }

    @Override
    public String reference() {
        return "asm " + (sideEffects ? "sideeffect " : "") + "\"" + assembly + "\", \"" + constraints + "\"";
    }
}
