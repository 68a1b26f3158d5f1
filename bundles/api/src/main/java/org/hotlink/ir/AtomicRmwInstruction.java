package org.hotlink.ir;

import java.util.Objects;

/** {@code atomicrmw [volatile] op ptr %p, T %v [syncscope] ordering, align A}. Operands: [pointer, value]; result is the old value. */
public final class AtomicRmwInstruction extends Instruction {
    private final AtomicRmwOperation operation;
    private final AtomicOrdering ordering;
    private final boolean isVolatile;
    private final String syncScope;
    private final long alignment;

    public AtomicRmwInstruction(AtomicRmwOperation operation, Value pointer, Value value, AtomicOrdering ordering,
            boolean isVolatile, String syncScope, long alignment) {
        super(Opcode.ATOMICRMW, value.type(), pointer, value);
        this.operation = Objects.requireNonNull(operation);
        this.ordering = Objects.requireNonNull(ordering);
        this.isVolatile = isVolatile;
        this.syncScope = syncScope;
        this.alignment = alignment;
    }

    public AtomicRmwOperation operation() {
        return operation;
    }

    public Value pointer() {
        return operand(0);
    }

    public Value value() {
        return operand(1);
    }

    public AtomicOrdering ordering() {
        return ordering;
    }

    public boolean isVolatile() {
        return isVolatile;
    }

    public String syncScope() {
        return syncScope;
    }

    /** Bytes, 0 when unspecified. */
    public long alignment() {
        return alignment;
    }
}
