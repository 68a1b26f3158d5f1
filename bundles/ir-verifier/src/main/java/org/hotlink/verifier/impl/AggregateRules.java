package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.InsertValueInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;

/** {@code extractvalue} and {@code insertvalue}: constant indices that stay inside the aggregate. */
final class AggregateRules {
    private AggregateRules() {
    }

    static void checkExtractValue(ExtractValueInstruction instruction) throws IrVerificationException {
        Type member = indexedType(instruction, instruction.aggregate().type(), instruction.indices());
        ArithmeticRules.checkResultType(instruction.type(), member, instruction);
    }

    static void checkInsertValue(InsertValueInstruction instruction) throws IrVerificationException {
        Type member = indexedType(instruction, instruction.aggregate().type(), instruction.indices());
        if (!instruction.value().type().equals(member)) {
            throw Failures.at(instruction, Failures.wrongType(instruction.value(), member));
        }
        ArithmeticRules.checkResultType(instruction.type(), instruction.aggregate().type(), instruction);
    }

    /** The member type the indices select; fails when an index leaves the aggregate. */
    private static Type indexedType(Instruction instruction, Type aggregate, int[] indices)
            throws IrVerificationException {
        if (!aggregate.isAggregate()) {
            throw Failures.at(instruction, instruction.opcode().keyword() + " operand has type " + aggregate
                    + " but must be a struct or an array");
        }
        if (indices.length == 0) {
            throw Failures.at(instruction, instruction.opcode().keyword() + " needs at least one index");
        }
        Type current = aggregate;
        for (int index : indices) {
            if (current instanceof StructType struct && index >= 0 && index < struct.elementCount()) {
                current = struct.element(index);
            } else if (current instanceof ArrayType array && index >= 0 && index < array.length()) {
                current = array.elementType();
            } else {
                throw Failures.at(instruction, "invalid " + instruction.opcode().keyword() + " index " + index
                        + " into " + current);
            }
        }
        return current;
    }
}
