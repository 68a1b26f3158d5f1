package org.hotlink.ir;

import java.util.List;
import java.util.Objects;

/** {@code R (P1, P2, ...)}: a function's signature; not first-class (values of it do not exist). */
public final class FunctionType extends Type {
    private final Type returnType;
    private final List<Type> parameterTypes;
    private final boolean varArgs;

    public FunctionType(Type returnType, List<Type> parameterTypes, boolean varArgs) {
        this.returnType = Objects.requireNonNull(returnType, "returnType");
        this.parameterTypes = List.copyOf(parameterTypes);
        this.varArgs = varArgs;
    }

    public Type returnType() {
        return returnType;
    }

    /** Unmodifiable. */
    public List<Type> parameterTypes() {
        return parameterTypes;
    }

    public Type parameterType(int index) {
        return parameterTypes.get(index);
    }

    public int parameterCount() {
        return parameterTypes.size();
    }

    public boolean isVarArgs() {
        return varArgs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionType f && f.varArgs == varArgs && f.returnType.equals(returnType)
                && f.parameterTypes.equals(parameterTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(returnType, parameterTypes, varArgs);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(returnType).append(" (");
        for (int i = 0; i < parameterTypes.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(parameterTypes.get(i));
        }
        if (varArgs) {
            s.append(parameterTypes.isEmpty() ? "..." : ", ...");
        }
        return s.append(')').toString();
    }
}
