package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.diagnostic.SourceLocation;
import org.hotlink.ir.Function;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;

/**
 * Builds the verifier's diagnostics: LLVM's wording in lower case, located at the offending
 * instruction (or global) and naming the function it sits in.
 */
final class Failures {
    private Failures() {
    }

    /** A broken rule at {@code instruction}; the message gets {@code (in function @f)} appended. */
    static IrVerificationException at(Instruction instruction, String message) {
        Function function = instruction.parent() == null ? null : instruction.parent().parent();
        String where = function == null ? "" : " (in function " + function.reference() + ")";
        return new IrVerificationException(message + where, locationOf(instruction));
    }

    /** A broken rule on a global's own declaration or definition. */
    static IrVerificationException at(GlobalValue global, String message) {
        SourceLocation location = global.location() == null ? SourceLocation.UNKNOWN : global.location();
        return new IrVerificationException(message + " (" + global.reference() + ")", location);
    }

    /** {@code '%x' has type i32 but the operand must be i64}. */
    static String wrongType(Value value, Type expected) {
        return describe(value) + " has type " + value.type() + " but the operand must be " + expected;
    }

    /** {@code '%x' has type i32 but the operand must be <what>}, for rules that accept a family of types. */
    static String wrongType(Value value, String expected) {
        return describe(value) + " has type " + value.type() + " but the operand must be " + expected;
    }

    /** A value as it appears in an operand list, quoted: {@code '%x'}, {@code '@g'}, {@code '42'}. */
    static String describe(Value value) {
        return "'" + value.reference() + "'";
    }

    private static SourceLocation locationOf(Instruction instruction) {
        SourceLocation location = instruction.location();
        return location == null ? SourceLocation.UNKNOWN : location;
    }
}
