package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.UnaryInstruction;
import org.hotlink.ir.Value;
import org.hotlink.ir.VectorType;

/** Operand types of binary and unary operations, comparisons and {@code select}. */
final class ArithmeticRules {
    private ArithmeticRules() {
    }

    /** Both operands and the result share one type: integers (or vectors) for integer ops, floats for float ops. */
    static void checkBinary(BinaryInstruction instruction) throws IrVerificationException {
        Value lhs = instruction.lhs();
        Value rhs = instruction.rhs();
        if (instruction.opcode().isFloatingPointBinary()) {
            if (!lhs.type().isFloatingPointOrVector()) {
                throw Failures.at(instruction, Failures.wrongType(lhs, "floating point or a vector of floating point"));
            }
        } else if (!lhs.type().isIntegerOrIntegerVector()) {
            throw Failures.at(instruction, Failures.wrongType(lhs, "an integer or a vector of integers"));
        }
        if (!rhs.type().equals(lhs.type())) {
            throw Failures.at(instruction, Failures.wrongType(rhs, lhs.type()));
        }
        checkResultType(instruction.type(), lhs.type(), instruction);
    }

    static void checkUnary(UnaryInstruction instruction) throws IrVerificationException {
        Value operand = instruction.operand();
        if (instruction.opcode() == Opcode.FNEG && !operand.type().isFloatingPointOrVector()) {
            throw Failures.at(instruction, Failures.wrongType(operand, "floating point or a vector of floating point"));
        }
        if (instruction.opcode() == Opcode.FREEZE && !TypeRules.isValueType(operand.type())) {
            throw Failures.at(instruction, Failures.wrongType(operand, "a first-class type"));
        }
        checkResultType(instruction.type(), operand.type(), instruction);
    }

    /**
     * {@code icmp} on integers or pointers (or vectors of them) with an integer predicate, {@code fcmp}
     * on floating point with a float predicate; result {@code i1} or a vector of {@code i1} of the operands' lanes.
     */
    static void checkCompare(CompareInstruction instruction) throws IrVerificationException {
        Value lhs = instruction.lhs();
        Value rhs = instruction.rhs();
        if (instruction.opcode() == Opcode.ICMP) {
            if (!instruction.predicate().isIntegerPredicate()) {
                throw Failures.at(instruction, "invalid predicate " + instruction.predicate().keyword() + " for icmp");
            }
            if (!lhs.type().isIntegerOrIntegerVector() && !lhs.type().isPointerOrPointerVector()) {
                throw Failures.at(instruction, Failures.wrongType(lhs, "an integer, a pointer or a vector of them"));
            }
        } else {
            if (!instruction.predicate().isFloatPredicate()) {
                throw Failures.at(instruction, "invalid predicate " + instruction.predicate().keyword() + " for fcmp");
            }
            if (!lhs.type().isFloatingPointOrVector()) {
                throw Failures.at(instruction, Failures.wrongType(lhs, "floating point or a vector of floating point"));
            }
        }
        if (!rhs.type().equals(lhs.type())) {
            throw Failures.at(instruction, Failures.wrongType(rhs, lhs.type()));
        }
        checkResultType(instruction.type(), TypeRules.booleanOfShape(lhs.type()), instruction);
    }

    /** The condition is {@code i1}, or a vector of {@code i1} as wide as vector operands; both values one type. */
    static void checkSelect(SelectInstruction instruction) throws IrVerificationException {
        Value condition = instruction.condition();
        Value trueValue = instruction.trueValue();
        Value falseValue = instruction.falseValue();
        if (!TypeRules.isValueType(trueValue.type())) {
            throw Failures.at(instruction, Failures.wrongType(trueValue, "a first-class type"));
        }
        if (!falseValue.type().equals(trueValue.type())) {
            throw Failures.at(instruction, Failures.wrongType(falseValue, trueValue.type()));
        }
        Type expectedCondition = condition.type() instanceof VectorType && trueValue.type() instanceof VectorType
                ? TypeRules.booleanOfShape(trueValue.type())
                : IntegerType.I1;
        if (!condition.type().equals(expectedCondition)) {
            throw Failures.at(instruction, Failures.wrongType(condition, expectedCondition));
        }
        checkResultType(instruction.type(), trueValue.type(), instruction);
    }

    /** The parser derives result types; a mismatch means the model was built inconsistently. */
    static void checkResultType(Type actual, Type expected, Instruction instruction)
            throws IrVerificationException {
        if (!actual.equals(expected)) {
            throw Failures.at(instruction, instruction.opcode().keyword() + " result has type " + actual
                    + " but must be " + expected);
        }
    }
}
