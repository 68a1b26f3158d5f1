package org.hotlink.verifier.impl;

import java.util.List;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantVector;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.ZeroInitializer;

/**
 * {@code getelementptr}: a pointer base, integer indices, a walk through the source element type
 * that stays inside it (struct fields by constant {@code i32} in range), and a pointer result that
 * is a vector when the base or any index is.
 */
final class GetElementPtrRules {
    private GetElementPtrRules() {
    }

    static void checkGetElementPtr(GetElementPtrInstruction instruction) throws IrVerificationException {
        Value base = instruction.pointer();
        if (!base.type().isPointerOrPointerVector()) {
            throw Failures.at(instruction, Failures.wrongType(base, "ptr or a vector of ptr"));
        }
        if (!TypeRules.isSized(instruction.sourceElementType())) {
            throw Failures.at(instruction, "getelementptr into unsized type " + instruction.sourceElementType());
        }
        long lanes = TypeRules.lanes(base.type());
        List<Value> indices = instruction.indices();
        for (Value index : indices) {
            if (!index.type().isIntegerOrIntegerVector()) {
                throw Failures.at(instruction, Failures.wrongType(index, "an integer or a vector of integers"));
            }
            long indexLanes = TypeRules.lanes(index.type());
            if (indexLanes != 0) {
                if (lanes != 0 && lanes != indexLanes) {
                    throw Failures.at(instruction, "getelementptr vector index has a wrong number of elements");
                }
                lanes = indexLanes;
            }
        }
        walkIndices(instruction, indices);
        PointerType pointer = (PointerType) base.type().scalarType();
        Type expected = lanes == 0 ? pointer : new VectorType(lanes, pointer);
        ArithmeticRules.checkResultType(instruction.type(), expected, instruction);
    }

    /** The first index steps over whole objects; every later one must select inside an aggregate or vector. */
    private static void walkIndices(GetElementPtrInstruction instruction, List<Value> indices)
            throws IrVerificationException {
        Type current = instruction.sourceElementType();
        for (int i = 1; i < indices.size(); i++) {
            Value index = indices.get(i);
            if (current instanceof StructType struct) {
                int field = structFieldIndex(index);
                if (field < 0 || field >= struct.elementCount()) {
                    throw Failures.at(instruction, "invalid getelementptr indices: struct index "
                            + Failures.describe(index) + " is not a constant i32 field number of " + struct);
                }
                current = struct.element(field);
            } else if (current instanceof ArrayType array) {
                current = array.elementType();
            } else if (current instanceof VectorType vector) {
                current = vector.elementType();
            } else {
                throw Failures.at(instruction, "invalid getelementptr indices: cannot index into " + current);
            }
        }
    }

    /** A struct index: constant {@code i32} (or a splat vector of one); -1 when it is not one. */
    private static int structFieldIndex(Value index) {
        if (index instanceof ConstantInt constant) {
            return constant.type().equals(IntegerType.I32) ? clamp(constant.longValue()) : -1;
        }
        if (index instanceof ZeroInitializer && index.type().scalarType().equals(IntegerType.I32)) {
            return 0;
        }
        if (index instanceof ConstantVector vector && vector.elementCount() > 0
                && vector.element(0) instanceof ConstantInt first && first.type().equals(IntegerType.I32)) {
            for (int i = 1; i < vector.elementCount(); i++) {
                if (!first.equals(vector.element(i))) {
                    return -1;
                }
            }
            return clamp(first.longValue());
        }
        return -1;
    }

    private static int clamp(long value) {
        return value < 0 || value > Integer.MAX_VALUE ? -1 : (int) value;
    }
}
