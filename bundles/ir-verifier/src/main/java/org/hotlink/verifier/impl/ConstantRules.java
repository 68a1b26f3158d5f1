package org.hotlink.verifier.impl;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.hotlink.ir.ArrayType;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantArray;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.ConstantStruct;
import org.hotlink.ir.ConstantVector;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Opcode;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;

/**
 * Structural rules of constants used as initializers and operands: aggregate elements have the
 * element types of the aggregate's type, constant-expression operands fit their opcode, and a
 * {@code blockaddress} names a block of its function. Each constant is checked once per module
 * (constants are shared), so the cost stays linear in the size of the distinct constants.
 * Returns a description of the first problem, or null; callers locate it.
 */
final class ConstantRules {
    private final Set<Constant> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The first problem inside {@code constant}, or null when it is well formed. */
    String problemIn(Constant constant) {
        if (!hasStructure(constant) || !checked.add(constant)) {
            return null; // scalars and globals have nothing to check here; shared constants once
        }
        String problem = ownProblem(constant);
        if (problem != null) {
            return problem;
        }
        for (Constant part : parts(constant)) {
            problem = problemIn(part);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean hasStructure(Constant constant) {
        return constant instanceof ConstantAggregate || constant instanceof ConstantExpression
                || constant instanceof ConstantString || constant instanceof BlockAddress;
    }

    private static List<Constant> parts(Constant constant) {
        if (constant instanceof ConstantAggregate aggregate) {
            return aggregate.elements();
        }
        if (constant instanceof ConstantExpression expression) {
            return expression.operands();
        }
        return List.of();
    }

    private static String ownProblem(Constant constant) {
        if (constant instanceof ConstantArray array) {
            return elementsProblem(array, array.type().elementType());
        }
        if (constant instanceof ConstantVector vector) {
            return elementsProblem(vector, vector.type().elementType());
        }
        if (constant instanceof ConstantStruct struct) {
            return structProblem(struct);
        }
        if (constant instanceof ConstantString string) {
            ArrayType type = string.type();
            return type.elementType().equals(IntegerType.I8) && type.length() == string.length() ? null
                    : "string constant of " + string.length() + " bytes does not fit type " + type;
        }
        if (constant instanceof BlockAddress address) {
            return address.block() != null && address.block().parent() == address.function() ? null
                    : "blockaddress names no block of " + address.function().reference();
        }
        if (constant instanceof ConstantExpression expression) {
            return expressionProblem(expression);
        }
        return null;
    }

    private static String elementsProblem(ConstantAggregate aggregate, Type elementType) {
        for (Constant element : aggregate.elements()) {
            if (!element.type().equals(elementType)) {
                return "constant element " + Failures.wrongType(element, elementType) + " in " + aggregate.type();
            }
        }
        return null;
    }

    private static String structProblem(ConstantStruct struct) {
        StructType type = struct.type();
        if (type.elementCount() != struct.elementCount()) {
            return "struct constant has " + struct.elementCount() + " elements but " + type + " has " + type.elementCount();
        }
        for (int i = 0; i < type.elementCount(); i++) {
            if (!struct.element(i).type().equals(type.element(i))) {
                return "struct constant field " + i + " " + Failures.wrongType(struct.element(i), type.element(i));
            }
        }
        return null;
    }

    private static String expressionProblem(ConstantExpression expression) {
        Opcode opcode = expression.opcode();
        List<Constant> operands = expression.operands();
        if (opcode.isCast()) {
            if (operands.size() != 1) {
                return opcode.keyword() + " expression needs one operand";
            }
            String problem = CastRules.problem(opcode, operands.get(0).type(), expression.type());
            return problem == null ? null : "invalid cast expression: " + opcode.keyword() + " from "
                    + operands.get(0).type() + " to " + expression.type() + " (" + problem + ")";
        }
        if (opcode == Opcode.GETELEMENTPTR) {
            if (operands.isEmpty() || !operands.get(0).type().isPointerOrPointerVector()) {
                return "getelementptr expression needs a pointer base";
            }
            for (int i = 1; i < operands.size(); i++) {
                if (!operands.get(i).type().isIntegerOrIntegerVector()) {
                    return "getelementptr expression index " + Failures.wrongType(operands.get(i), "an integer");
                }
            }
            return null;
        }
        if (opcode.isBinary()) {
            if (operands.size() != 2 || !operands.get(1).type().equals(operands.get(0).type())
                    || !expression.type().equals(operands.get(0).type())) {
                return opcode.keyword() + " expression operands must both have the type " + expression.type();
            }
            return null;
        }
        return null;
    }
}
