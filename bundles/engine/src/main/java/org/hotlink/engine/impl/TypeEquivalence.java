package org.hotlink.engine.impl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/**
 * Whether two types, possibly from different modules, have the same structure. Named structs are
 * distinct objects per module (and equal only to themselves), so they are compared by name and
 * body; a pair already being compared is assumed equal, which ends recursion through pointers
 * in typed-pointer IR and is sound for the structural question asked.
 */
final class TypeEquivalence {
    private final Set<List<Type>> assumed = new HashSet<>();

    private TypeEquivalence() {
    }

    static boolean same(Type a, Type b) {
        return new TypeEquivalence().compare(a, b);
    }

    private boolean compare(Type a, Type b) {
        if (a == b) {
            return true;
        }
        if (a instanceof StructType sa && b instanceof StructType sb) {
            return sameStruct(sa, sb);
        }
        if (a instanceof ArrayType aa && b instanceof ArrayType ab) {
            return aa.length() == ab.length() && compare(aa.elementType(), ab.elementType());
        }
        if (a instanceof VectorType va && b instanceof VectorType vb) {
            return va.length() == vb.length() && va.isScalable() == vb.isScalable()
                    && compare(va.elementType(), vb.elementType());
        }
        if (a instanceof FunctionType fa && b instanceof FunctionType fb) {
            return fa.isVarArgs() == fb.isVarArgs() && compare(fa.returnType(), fb.returnType())
                    && compareAll(fa.parameterTypes(), fb.parameterTypes());
        }
        return a.equals(b);
    }

    private boolean sameStruct(StructType a, StructType b) {
        if (a.isLiteral() != b.isLiteral() || a.isPacked() != b.isPacked()) {
            return false;
        }
        if (!a.isLiteral() && !a.name().equals(b.name())) {
            return false;
        }
        if (a.isOpaque() || b.isOpaque()) {
            return a.isOpaque() == b.isOpaque();
        }
        if (!assumed.add(List.of(a, b))) {
            return true;
        }
        return compareAll(a.elements(), b.elements());
    }

    private boolean compareAll(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!compare(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
