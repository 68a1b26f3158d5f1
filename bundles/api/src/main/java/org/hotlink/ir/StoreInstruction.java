package org.hotlink.ir;

import java.util.Objects;

/** {@code store [atomic] [volatile] T %v, ptr %p ..., align A}. Operands: [value, pointer]; no result. */
public final class StoreInstruction extends Instruction {
    private final long alignment;
    private final boolean isVolatile;
    private final AtomicOrdering ordering;
    private final String syncScope;

    public StoreInstruction(Value value, Value pointer, long alignment, boolean isVolatile, AtomicOrdering ordering,
            String syncScope) {
        super(Opcode.STORE, VoidType.VOID, value, pointer);
        this.alignment = alignment;
        this.isVolatile = isVolatile;
        this.ordering = Objects.requireNonNull(ordering, "ordering");
        this.syncScope = syncScope;
    }

    public Value value() {
        return operand(0);
    }

    public Value pointer() {
        return operand(1);
    }

    /** Bytes, 0 when unspecified. */
    public long alignment() {
        return alignment;
    }

    public boolean isVolatile() {
        return isVolatile;
    }

    public AtomicOrdering ordering() {
        return ordering;
    }

    public boolean isAtomic() {
        return ordering != AtomicOrdering.NOT_ATOMIC;
    }

    /** The {@code syncscope("...")} name, or null for the default (system) scope. */
    public String syncScope() {
        return syncScope;
    }
}
