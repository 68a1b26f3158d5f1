package org.hotlink.ir;

import java.util.Objects;

/** {@code load [atomic] [volatile] T, ptr %p [syncscope] [ordering], align A}. Operands: [pointer]. */
public final class LoadInstruction extends Instruction {
    private final long alignment;
    private final boolean isVolatile;
    private final AtomicOrdering ordering;
    private final String syncScope;

    public LoadInstruction(Type type, Value pointer, long alignment, boolean isVolatile, AtomicOrdering ordering,
            String syncScope) {
        super(Opcode.LOAD, type, pointer);
        this.alignment = alignment;
        this.isVolatile = isVolatile;
        this.ordering = Objects.requireNonNull(ordering, "ordering");
        this.syncScope = syncScope;
    }

    public Value pointer() {
        return operand(0);
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
