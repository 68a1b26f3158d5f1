package org.hotlink.ir;

import java.util.List;
import java.util.Objects;

/**
 * {@code getelementptr [inbounds|nusw|nuw] T, ptr %p, idx...}. Operands: [pointer, index0, ...].
 * The result is a pointer, or a vector of pointers when the base or an index is a vector.
 */
public final class GetElementPtrInstruction extends Instruction {
    private final Type sourceElementType;

    public GetElementPtrInstruction(Type sourceElementType, Type resultType, Value pointer, List<? extends Value> indices) {
        super(Opcode.GETELEMENTPTR, resultType, pointer);
        this.sourceElementType = Objects.requireNonNull(sourceElementType, "sourceElementType");
        appendOperands(indices);
    }

    public Type sourceElementType() {
        return sourceElementType;
    }

    public Value pointer() {
        return operand(0);
    }

    /** Unmodifiable view of the indices. */
    public List<Value> indices() {
        return operands().subList(1, operandCount());
    }

    public boolean isInBounds() {
        return hasFlag("inbounds");
    }
}
