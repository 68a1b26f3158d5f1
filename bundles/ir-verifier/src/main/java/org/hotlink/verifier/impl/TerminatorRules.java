package org.hotlink.verifier.impl;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.IndirectBranchInstruction;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/** Operand types of {@code ret}, {@code br}, {@code switch} and {@code indirectbr}. */
final class TerminatorRules {
    private TerminatorRules() {
    }

    /** The returned value has the function's return type; a void function returns nothing. */
    static void checkReturn(ReturnInstruction instruction, Type returnType) throws IrVerificationException {
        Value value = instruction.value();
        if (returnType.isVoid()) {
            if (value != null) {
                throw Failures.at(instruction, "found return instruction that returns a value in a function of void return type");
            }
        } else if (value == null) {
            throw Failures.at(instruction, "function return type " + returnType + " does not match the void return");
        } else if (!value.type().equals(returnType)) {
            throw Failures.at(instruction, "returned value " + Failures.wrongType(value, returnType)
                    + ", the function's return type");
        }
    }

    static void checkBranch(BranchInstruction instruction) throws IrVerificationException {
        if (instruction.isConditional() && !instruction.condition().type().equals(IntegerType.I1)) {
            throw Failures.at(instruction, "branch condition " + Failures.wrongType(instruction.condition(), IntegerType.I1));
        }
    }

    /** The condition is an integer; case values have its type and are distinct. */
    static void checkSwitch(SwitchInstruction instruction) throws IrVerificationException {
        Value condition = instruction.condition();
        if (!condition.type().isInteger()) {
            throw Failures.at(instruction, "switch condition " + Failures.wrongType(condition, "an integer"));
        }
        Set<BigInteger> seen = new HashSet<>();
        for (int i = 0; i < instruction.caseCount(); i++) {
            ConstantInt value = instruction.caseValue(i);
            if (!value.type().equals(condition.type())) {
                throw Failures.at(instruction, "switch case " + Failures.wrongType(value, condition.type()));
            }
            if (!seen.add(value.unsignedValue())) {
                throw Failures.at(instruction, "duplicate integer as switch case: " + value.type() + " " + value.reference());
            }
        }
    }

    static void checkIndirectBranch(IndirectBranchInstruction instruction) throws IrVerificationException {
        if (!instruction.address().type().isPointer()) {
            throw Failures.at(instruction, "indirectbr address " + Failures.wrongType(instruction.address(), "ptr"));
        }
    }
}
