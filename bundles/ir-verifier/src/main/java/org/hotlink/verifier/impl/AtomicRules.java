package org.hotlink.verifier.impl;

import java.util.List;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.AtomicRmwOperation;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.FenceInstruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** Types and orderings of {@code atomicrmw}, {@code cmpxchg} and {@code fence}. */
final class AtomicRules {
    private AtomicRules() {
    }

    static void checkAtomicRmw(AtomicRmwInstruction instruction) throws IrVerificationException {
        MemoryRules.requirePointer(instruction, instruction.pointer());
        Value value = instruction.value();
        AtomicRmwOperation operation = instruction.operation();
        Type type = value.type();
        boolean valid = switch (operation) {
            case XCHG -> TypeRules.isAtomicValueType(type);
            case FADD, FSUB, FMAX, FMIN -> type.isFloatingPointOrVector();
            default -> type.isInteger();
        };
        if (!valid) {
            String expected = switch (operation) {
                case XCHG -> "an integer, a pointer or floating point";
                case FADD, FSUB, FMAX, FMIN -> "floating point";
                default -> "an integer";
            };
            throw Failures.at(instruction, "atomicrmw " + operation.keyword() + " operand "
                    + Failures.wrongType(value, expected));
        }
        AtomicOrdering ordering = instruction.ordering();
        if (ordering == AtomicOrdering.NOT_ATOMIC || ordering == AtomicOrdering.UNORDERED) {
            throw Failures.at(instruction, "atomicrmw instructions cannot be unordered");
        }
        ArithmeticRules.checkResultType(instruction.type(), type, instruction);
    }

    static void checkCmpXchg(CmpXchgInstruction instruction) throws IrVerificationException {
        MemoryRules.requirePointer(instruction, instruction.pointer());
        Value expected = instruction.expected();
        if (!expected.type().isInteger() && !expected.type().isPointer()) {
            throw Failures.at(instruction, "cmpxchg operand " + Failures.wrongType(expected, "an integer or a pointer"));
        }
        if (!instruction.replacement().type().equals(expected.type())) {
            throw Failures.at(instruction, Failures.wrongType(instruction.replacement(), expected.type()));
        }
        AtomicOrdering success = instruction.successOrdering();
        AtomicOrdering failure = instruction.failureOrdering();
        if (success == AtomicOrdering.NOT_ATOMIC || success == AtomicOrdering.UNORDERED) {
            throw Failures.at(instruction, "cmpxchg instructions must be atomic");
        }
        if (failure == AtomicOrdering.NOT_ATOMIC || failure == AtomicOrdering.UNORDERED) {
            throw Failures.at(instruction, "cmpxchg instructions must be atomic");
        }
        if (failure == AtomicOrdering.RELEASE || failure == AtomicOrdering.ACQ_REL) {
            throw Failures.at(instruction, "cmpxchg failure ordering cannot include release semantics");
        }
        Type result = new StructType(List.of(expected.type(), IntegerType.I1), false);
        ArithmeticRules.checkResultType(instruction.type(), result, instruction);
    }

    static void checkFence(FenceInstruction instruction) throws IrVerificationException {
        AtomicOrdering ordering = instruction.ordering();
        if (ordering != AtomicOrdering.ACQUIRE && ordering != AtomicOrdering.RELEASE
                && ordering != AtomicOrdering.ACQ_REL && ordering != AtomicOrdering.SEQ_CST) {
            throw Failures.at(instruction, "fence instructions may only have acquire, release, acq_rel, or seq_cst ordering");
        }
    }
}
