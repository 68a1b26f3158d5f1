package org.hotlink.verifier.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hotlink.ir.ArrayType;
import org.hotlink.ir.FloatingType;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.MetadataType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/** Classifications of types that several instruction rules share. */
final class TypeRules {
    private TypeRules() {
    }

    /** Types with a size in memory: scalars, vectors, arrays and non-opaque structs of sized types. */
    static boolean isSized(Type type) {
        Type t = type;
        while (t instanceof ArrayType array) {
            t = array.elementType();
        }
        if (t instanceof IntegerType || t instanceof FloatingType || t instanceof PointerType || t instanceof VectorType) {
            return true; // the common case, answered without allocating the set of enclosing structs
        }
        return isSized(type, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** {@code enclosing} holds the structs being measured: a struct that contains itself has no size. */
    private static boolean isSized(Type type, Set<StructType> enclosing) {
        if (type instanceof IntegerType || type instanceof FloatingType || type instanceof PointerType
                || type instanceof VectorType) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return isSized(array.elementType(), enclosing);
        }
        if (type instanceof StructType struct) {
            if (struct.isOpaque() || !enclosing.add(struct)) {
                return false;
            }
            for (Type element : struct.elements()) {
                if (!isSized(element, enclosing)) {
                    return false;
                }
            }
            enclosing.remove(struct);
            return true;
        }
        return false;
    }

    /** Number of vector lanes, or 0 for a scalar (vectors and scalars never mix in one cast or compare). */
    static long lanes(Type type) {
        return type instanceof VectorType vector ? vector.length() : 0;
    }

    /** Same shape: both scalars, or both vectors with the same lane count and scalability. */
    static boolean sameShape(Type a, Type b) {
        if (a instanceof VectorType va && b instanceof VectorType vb) {
            return va.length() == vb.length() && va.isScalable() == vb.isScalable();
        }
        return !(a instanceof VectorType) && !(b instanceof VectorType);
    }

    /**
     * Width in bits of an integer, floating-point or vector of them; 0 for pointers and every other
     * type (bitcasts compare these widths, and never mix pointers with non-pointers).
     */
    static long primitiveBits(Type type) {
        if (type instanceof IntegerType integer) {
            return integer.bits();
        }
        if (type instanceof FloatingType floating) {
            return floating.bits();
        }
        if (type instanceof VectorType vector) {
            return vector.length() * primitiveBits(vector.elementType());
        }
        return 0;
    }

    /** Types an atomic load, store or exchange may move: integers, pointers and floating point. */
    static boolean isAtomicValueType(Type type) {
        return type.isInteger() || type.isPointer() || type.isFloatingPoint();
    }

    /** {@code i1}, or a vector of {@code i1} with the given lane count (0 for the scalar form). */
    static Type booleanOfShape(Type shape) {
        if (shape instanceof VectorType vector) {
            return new VectorType(vector.length(), IntegerType.I1, vector.isScalable());
        }
        return IntegerType.I1;
    }

    /** First-class types a value of an instruction may carry: not void, label, metadata or function. */
    static boolean isValueType(Type type) {
        return type.isFirstClass() && !(type instanceof LabelType) && !(type instanceof MetadataType);
    }
}
