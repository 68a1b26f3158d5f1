package org.hotlink.ir;

import java.util.Objects;

/** {@code icmp} or {@code fcmp}. Operands: [lhs, rhs]; the result is i1 or a vector of i1. */
public final class CompareInstruction extends Instruction {
    private final Predicate predicate;

    public CompareInstruction(Opcode opcode, Predicate predicate, Value lhs, Value rhs) {
        super(opcode, resultType(lhs.type()), lhs, rhs);
        this.predicate = Objects.requireNonNull(predicate, "predicate");
        if (opcode == Opcode.ICMP ? !predicate.isIntegerPredicate()
                : opcode != Opcode.FCMP || !predicate.isFloatPredicate()) {
            throw new IllegalArgumentException(opcode + " cannot use predicate " + predicate);
        }
    }

    private static Type resultType(Type operandType) {
        return operandType instanceof VectorType v ? new VectorType(v.length(), IntegerType.I1, v.isScalable())
                : IntegerType.I1;
    }

    public Predicate predicate() {
        return predicate;
    }

    public Value lhs() {
        return operand(0);
    }

    public Value rhs() {
        return operand(1);
    }
}
