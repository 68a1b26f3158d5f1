package org.hotlink.codegen.common;

import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.VectorType;

/**
 * Folds a constant {@code getelementptr} into base plus byte offset. The first index steps over
 * whole source elements (allocation size), later ones into arrays, vectors (element allocation
 * size) and struct fields (layout offset). Indices are signed and may be negative; the sum wraps
 * as 64-bit arithmetic, as LLVM's does. {@code inbounds}, {@code nusw}, {@code nuw} and
 * {@code inrange} only add assumptions, so they do not change the result.
 */
final class GepOffsetFolder {
    private final ConstantEvaluator evaluator;
    private final DataLayout layout;

    GepOffsetFolder(ConstantEvaluator evaluator, DataLayout layout) {
        this.evaluator = evaluator;
        this.layout = layout;
    }

    ConstantValue fold(ConstantExpression gep, SourceLocation at, int aliasDepth) throws UnsupportedConstructException {
        try {
            return foldSized(gep, at, aliasDepth);
        } catch (IllegalArgumentException unsized) {
            // The data layout refuses types without a size (opaque structs); the verifier should have too.
            throw ConstantEvaluator.unsupported(gep, "getelementptr over a type without a size ("
                    + unsized.getMessage() + ")", at);
        }
    }

    private ConstantValue foldSized(ConstantExpression gep, SourceLocation at, int aliasDepth)
            throws UnsupportedConstructException {
        if (gep.operands().isEmpty()) {
            throw new IllegalStateException("getelementptr without a base pointer: " + ConstantEvaluator.describe(gep));
        }
        ConstantValue base = evaluator.evaluateOperand(gep.operand(0), at, aliasDepth);
        long offset = 0;
        Type current = gep.sourceElementType();
        for (int i = 1; i < gep.operands().size(); i++) {
            Constant indexConstant = gep.operand(i);
            if (indexConstant.type().isVector()) {
                throw ConstantEvaluator.unsupported(gep, "a vector index of getelementptr", at);
            }
            ConstantValue indexValue = evaluator.evaluateOperand(indexConstant, at, aliasDepth);
            if (!(indexValue instanceof IntegerValue index)) {
                throw ConstantEvaluator.unsupported(gep, "an address used as a getelementptr index", at);
            }
            if (i == 1) {
                offset += index.longValue() * layout.allocSizeOf(current);
                continue;
            }
            if (current instanceof StructType struct) {
                long field = index.longValue();
                if (field < 0 || field >= struct.elementCount()) {
                    throw ConstantEvaluator.unsupported(gep, "field " + field + " of " + struct + " (it has "
                            + struct.elementCount() + ")", at);
                }
                offset += layout.structLayout(struct).offsetOf((int) field);
                current = struct.element((int) field);
            } else if (current instanceof ArrayType array) {
                offset += index.longValue() * layout.allocSizeOf(array.elementType());
                current = array.elementType();
            } else if (current instanceof VectorType vector) {
                offset += index.longValue() * layout.allocSizeOf(vector.elementType());
                current = vector.elementType();
            } else {
                throw ConstantEvaluator.unsupported(gep, "an index into non-aggregate type " + current, at);
            }
        }
        if (base instanceof SymbolicAddress address) {
            return address.plus(offset);
        }
        IntegerValue integer = (IntegerValue) base;
        return IntegerValue.of(integer.longValue() + offset, integer.width());
    }
}
