package org.hotlink.ir;

import java.util.Objects;

/** {@code fence [syncscope] ordering}. No operands, no result. */
public final class FenceInstruction extends Instruction {
    private final AtomicOrdering ordering;
    private final String syncScope;

    public FenceInstruction(AtomicOrdering ordering, String syncScope) {
        super(Opcode.FENCE, VoidType.VOID);
        this.ordering = Objects.requireNonNull(ordering);
        this.syncScope = syncScope;
    }

    public AtomicOrdering ordering() {
        return ordering;
    }

    public String syncScope() {
        return syncScope;
    }
}
