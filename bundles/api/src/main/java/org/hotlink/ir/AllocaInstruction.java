package org.hotlink.ir;

import java.util.Objects;

/** {@code alloca T, i32 N, align A}. Operands: [count]; the result is a pointer to the stack slot. */
public final class AllocaInstruction extends Instruction {
    private final Type allocatedType;
    private final long alignment;

    /** @param alignment bytes, 0 when unspecified */
    public AllocaInstruction(Type allocatedType, Value count, long alignment, int addressSpace) {
        super(Opcode.ALLOCA, PointerType.get(addressSpace), count);
        this.allocatedType = Objects.requireNonNull(allocatedType, "allocatedType");
        this.alignment = alignment;
    }

    public Type allocatedType() {
        return allocatedType;
    }

    /** Number of elements ({@code i32 1} when not written). */
    public Value count() {
        return operand(0);
    }

    /** Alignment in bytes, 0 when unspecified. */
    public long alignment() {
        return alignment;
    }

    /** True when the count is the constant 1 and the slot can live in the fixed frame. */
    public boolean isStatic() {
        return count() instanceof ConstantInt c && c.isOne();
    }
}
