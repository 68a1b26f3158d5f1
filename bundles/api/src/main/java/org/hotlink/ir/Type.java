package org.hotlink.ir;

/**
 * An LLVM type. Immutable except for the body of an identified {@link StructType}; compare with
 * {@code equals} (identified structs compare by identity). {@code toString()} prints LLVM syntax.
 */
public abstract class Type {
    Type() {
    }

    public boolean isInteger() {
        return this instanceof IntegerType;
    }

    public boolean isFloatingPoint() {
        return this instanceof FloatingType;
    }

    public boolean isPointer() {
        return this instanceof PointerType;
    }

    public boolean isVector() {
        return this instanceof VectorType;
    }

    public boolean isVoid() {
        return this instanceof VoidType;
    }

    /** Arrays and structs. */
    public boolean isAggregate() {
        return this instanceof ArrayType || this instanceof StructType;
    }

    /** Types a value of an instruction can have: everything but void, function, label-less opaque forms. */
    public boolean isFirstClass() {
        return !(this instanceof VoidType) && !(this instanceof FunctionType);
    }

    /** The element type of a vector, otherwise this type itself. */
    public Type scalarType() {
        return this instanceof VectorType v ? v.elementType() : this;
    }

    /** True for an integer or a vector of integers. */
    public boolean isIntegerOrIntegerVector() {
        return scalarType().isInteger();
    }

    /** True for a floating-point type or a vector of them. */
    public boolean isFloatingPointOrVector() {
        return scalarType().isFloatingPoint();
    }

    /** True for a pointer or a vector of pointers. */
    public boolean isPointerOrPointerVector() {
        return scalarType().isPointer();
    }
}
