package org.hotlink.ir;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A constant expression such as {@code getelementptr inbounds (i8, ptr @g, i64 4)} or
 * {@code ptrtoint (ptr @f to i64)}: an operation on constants that the back-end folds or lowers.
 * Uses the instruction {@link Opcode}s; for a cast {@code type()} is the destination type.
 */
public final class ConstantExpression extends Constant {
    private final Opcode opcode;
    private final List<Constant> operands;
    private final Set<String> flags;
    private final Type sourceElementType;
    private final Predicate predicate;

    /**
     * @param flags             keyword flags as printed ({@code nuw}, {@code nsw}, {@code exact}, {@code inbounds}, {@code nusw}, ...)
     * @param sourceElementType the GEP's source element type, null for other opcodes
     * @param predicate         the comparison predicate for ICMP and FCMP, null otherwise
     */
    public ConstantExpression(Opcode opcode, Type type, List<? extends Constant> operands, Set<String> flags,
            Type sourceElementType, Predicate predicate) {
        super(type);
        this.opcode = Objects.requireNonNull(opcode, "opcode");
        this.operands = List.copyOf(operands);
        this.flags = Set.copyOf(flags);
        this.sourceElementType = sourceElementType;
        this.predicate = predicate;
        if (opcode == Opcode.GETELEMENTPTR && sourceElementType == null) {
            throw new IllegalArgumentException("a getelementptr expression needs its source element type");
        }
        if ((opcode == Opcode.ICMP || opcode == Opcode.FCMP) && predicate == null) {
            throw new IllegalArgumentException("a comparison expression needs a predicate");
        }
    }

    public Opcode opcode() {
        return opcode;
    }

    /** Unmodifiable; for a GEP the base pointer then the indices. */
    public List<Constant> operands() {
        return operands;
    }

    public Constant operand(int index) {
        return operands.get(index);
    }

    /** Unmodifiable keyword flags. */
    public Set<String> flags() {
        return flags;
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public Type sourceElementType() {
        return sourceElementType;
    }

    public boolean isInBounds() {
        return flags.contains("inbounds");
    }

    public Predicate predicate() {
        return predicate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConstantExpression e && e.opcode == opcode && e.type().equals(type())
                && e.operands.equals(operands) && e.flags.equals(flags)
                && Objects.equals(e.sourceElementType, sourceElementType) && e.predicate == predicate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(opcode, type(), operands, flags);
    }

    @Override
    public String reference() {
        StringBuilder s = new StringBuilder(opcode.keyword());
        for (String f : flags) {
            s.append(' ').append(f);
        }
        if (predicate != null) {
            s.append(' ').append(predicate.keyword());
        }
        s.append(" (");
        if (sourceElementType != null) {
            s.append(sourceElementType).append(", ");
        }
        for (int i = 0; i < operands.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(operands.get(i));
        }
        if (opcode.isCast()) {
            s.append(" to ").append(type());
        }
        return s.append(')').toString();
    }
}
