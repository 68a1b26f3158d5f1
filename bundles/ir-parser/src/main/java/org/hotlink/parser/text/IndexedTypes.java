package org.hotlink.parser.text;

import java.util.List;
import org.hotlink.diagnostic.IrSyntaxException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.PointerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;
import org.hotlink.ir.VectorType;
import org.hotlink.ir.ZeroInitializer;

/** Walks aggregate types by GEP or extractvalue/insertvalue indices, checking them as LLParser does. */
final class IndexedTypes {
    private final TokenCursor cursor;

    IndexedTypes(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * The result type of a GEP over {@code source} with {@code operands} = [base, indices...]: a
     * pointer in the base's address space, or a vector of them when the base or an index is a vector.
     */
    Type gepResultType(Type source, List<Value> operands, Token at) throws IrSyntaxException {
        Type base = operands.get(0).type();
        if (!base.scalarType().isPointer()) {
            throw cursor.error(at, "base of getelementptr must be a pointer");
        }
        long vectorLength = base instanceof VectorType v ? v.length() : 0;
        Type current = source;
        for (int i = 1; i < operands.size(); i++) {
            Value index = operands.get(i);
            if (!index.type().scalarType().isInteger()) {
                throw cursor.error(at, "getelementptr index must be an integer");
            }
            if (index.type() instanceof VectorType v) {
                if (vectorLength != 0 && vectorLength != v.length()) {
                    throw cursor.error(at, "getelementptr vector index has a different length than the other vectors");
                }
                vectorLength = v.length();
            }
            if (i == 1) {
                continue;
            }
            if (current instanceof StructType s) {
                Long field = constantIndex(index);
                if (field == null || field < 0 || field >= s.elementCount()) {
                    throw cursor.error(at, "invalid getelementptr indices: struct index must be a constant in range");
                }
                current = s.element((int) (long) field);
            } else if (current instanceof ArrayType a) {
                current = a.elementType();
            } else if (current instanceof VectorType v) {
                current = v.elementType();
            } else {
                throw cursor.error(at, "invalid getelementptr indices: cannot index into '" + current + "'");
            }
        }
        PointerType pointer = (PointerType) base.scalarType();
        return vectorLength == 0 ? pointer : new VectorType(vectorLength, pointer);
    }

    /** The member type reached by extractvalue/insertvalue {@code indices}. */
    Type memberType(Type aggregate, int[] indices, Token at) throws IrSyntaxException {
        Type current = aggregate;
        for (int index : indices) {
            if (current instanceof StructType s && !s.isOpaque()) {
                if (index >= s.elementCount()) {
                    throw cursor.error(at, "invalid indices: struct '" + current + "' has " + s.elementCount() + " elements");
                }
                current = s.element(index);
            } else if (current instanceof ArrayType a) {
                if (index >= a.length()) {
                    throw cursor.error(at, "invalid indices: array '" + current + "' has " + a.length() + " elements");
                }
                current = a.elementType();
            } else {
                throw cursor.error(at, "invalid indices: '" + current + "' is not an aggregate");
            }
        }
        return current;
    }

    private static Long constantIndex(Value index) {
        if (index instanceof ConstantInt c) {
            return c.longValue();
        }
        if (index instanceof ZeroInitializer) {
            return 0L;
        }
        if (index instanceof ConstantAggregate v && !v.elements().isEmpty() && v.element(0) instanceof ConstantInt c) {
            for (var e : v.elements()) {
                if (!e.equals(c)) {
                    return null;
                }
            }
            return c.longValue();
        }
        return null;
    }
}
