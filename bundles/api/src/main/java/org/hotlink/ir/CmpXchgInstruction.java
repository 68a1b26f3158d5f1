package org.hotlink.ir;

import java.util.List;
import java.util.Objects;

/** {@code cmpxchg [weak] [volatile] ptr %p, T %cmp, T %new success failure}. Operands: [pointer, expected, replacement]; result {@code { T, i1 }}. */
public final class CmpXchgInstruction extends Instruction {
    private final AtomicOrdering successOrdering;
    private final AtomicOrdering failureOrdering;
    private final boolean weak;
    private final boolean isVolatile;
    private final String syncScope;
    private final long alignment;

    public CmpXchgInstruction(Value pointer, Value expected, Value replacement, AtomicOrdering successOrdering,
            AtomicOrdering failureOrdering, boolean weak, boolean isVolatile, String syncScope, long alignment) {
        super(Opcode.CMPXCHG, new StructType(List.of(expected.type(), IntegerType.I1), false), pointer, expected,
                replacement);
        this.successOrdering = Objects.requireNonNull(successOrdering);
        this.failureOrdering = Objects.requireNonNull(failureOrdering);
        this.weak = weak;
        this.isVolatile = isVolatile;
        this.syncScope = syncScope;
        this.alignment = alignment;
    }

    public Value pointer() {
        return operand(0);
    }

    public Value expected() {
        return operand(1);
    }

    public Value replacement() {
        return operand(2);
    }

    public AtomicOrdering successOrdering() {
        return successOrdering;
    }

    public AtomicOrdering failureOrdering() {
        return failureOrdering;
    }

    public boolean isWeak() {
        return weak;
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
