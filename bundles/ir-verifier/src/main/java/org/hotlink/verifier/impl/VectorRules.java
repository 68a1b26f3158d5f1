package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.ExtractElementInstruction;
import org.hotlink.ir.InsertElementInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.Value;
import org.hotlink.ir.VectorType;

/** {@code extractelement}, {@code insertelement} and {@code shufflevector}. */
final class VectorRules {
    private VectorRules() {
    }

    static void checkExtractElement(ExtractElementInstruction instruction) throws IrVerificationException {
        VectorType vector = requireVector(instruction, instruction.vector());
        requireIntegerIndex(instruction, instruction.index());
        ArithmeticRules.checkResultType(instruction.type(), vector.elementType(), instruction);
    }

    static void checkInsertElement(InsertElementInstruction instruction) throws IrVerificationException {
        VectorType vector = requireVector(instruction, instruction.vector());
        if (!instruction.value().type().equals(vector.elementType())) {
            throw Failures.at(instruction, Failures.wrongType(instruction.value(), vector.elementType()));
        }
        requireIntegerIndex(instruction, instruction.index());
        ArithmeticRules.checkResultType(instruction.type(), vector, instruction);
    }

    /** Both inputs one vector type; the result has the inputs' element and the mask's length; lanes in range. */
    static void checkShuffleVector(ShuffleVectorInstruction instruction) throws IrVerificationException {
        VectorType input = requireVector(instruction, instruction.first());
        if (!instruction.second().type().equals(input)) {
            throw Failures.at(instruction, Failures.wrongType(instruction.second(), input));
        }
        int[] mask = instruction.mask();
        if (mask.length == 0) {
            throw Failures.at(instruction, "shufflevector mask must not be empty");
        }
        long limit = input.isScalable() ? Long.MAX_VALUE : 2 * input.length();
        for (int lane : mask) {
            if (lane < -1 || lane >= limit) {
                throw Failures.at(instruction, "invalid shufflevector mask element " + lane + " for two inputs of "
                        + input.length() + " lanes");
            }
        }
        VectorType result = new VectorType(mask.length, input.elementType(), input.isScalable());
        ArithmeticRules.checkResultType(instruction.type(), result, instruction);
    }

    private static VectorType requireVector(Instruction instruction, Value value)
            throws IrVerificationException {
        if (!(value.type() instanceof VectorType vector)) {
            throw Failures.at(instruction, Failures.wrongType(value, "a vector"));
        }
        return vector;
    }

    private static void requireIntegerIndex(Instruction instruction, Value index)
            throws IrVerificationException {
        if (!index.type().isInteger()) {
            throw Failures.at(instruction, Failures.wrongType(index, "an integer"));
        }
    }
}
