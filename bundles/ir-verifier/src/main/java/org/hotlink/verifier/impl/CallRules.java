package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.InlineAsm;
import org.hotlink.ir.Value;

/**
 * {@code call}: the callee is a pointer, the arguments match the call's function type (any
 * first-class values past the fixed parameters of a variadic one), and a call to an intrinsic
 * uses exactly the intrinsic's declared signature.
 *
 * <p>Like LLVM with opaque pointers, a direct call to an ordinary function may use a signature
 * other than the callee's declaration (clang emits this for calls to unprototyped C functions);
 * the call's own function type governs how arguments are passed, so it is not an IR error.
 */
final class CallRules {
    private CallRules() {
    }

    static void checkCall(CallInstruction instruction) throws IrVerificationException {
        FunctionType signature = instruction.functionType();
        Value callee = instruction.callee();
        if (!(callee instanceof InlineAsm) && !callee.type().isPointer()) {
            throw Failures.at(instruction, "called function " + Failures.wrongType(callee, "ptr"));
        }
        int fixed = signature.parameterCount();
        int count = instruction.argumentCount();
        if (count < fixed || (count > fixed && !signature.isVarArgs())) {
            throw Failures.at(instruction, "incorrect number of arguments passed to called function: expected "
                    + (signature.isVarArgs() ? "at least " : "") + fixed + ", got " + count);
        }
        for (int i = 0; i < count; i++) {
            Value argument = instruction.argument(i);
            if (i < fixed) {
                if (!argument.type().equals(signature.parameterType(i))) {
                    throw Failures.at(instruction, "call argument " + (i + 1) + " "
                            + Failures.wrongType(argument, signature.parameterType(i)));
                }
            } else if (!TypeRules.isValueType(argument.type())) {
                throw Failures.at(instruction, "variadic call argument " + (i + 1) + " "
                        + Failures.wrongType(argument, "a first-class type"));
            }
        }
        for (int i = 0; i < count; i++) {
            String incompatible = AttributeRules.incompatibility(instruction.argumentAttributes(i),
                    instruction.argument(i).type());
            if (incompatible != null) {
                throw Failures.at(instruction, incompatible + " (call argument " + (i + 1) + ")");
            }
        }
        String returnIncompatible = AttributeRules.incompatibility(instruction.returnAttributes(), signature.returnType());
        if (returnIncompatible != null) {
            throw Failures.at(instruction, returnIncompatible + " (call result)");
        }
        ArithmeticRules.checkResultType(instruction.type(), signature.returnType(), instruction);
        Function function = instruction.calledFunction();
        if (function != null && function.isIntrinsic() && !signature.equals(function.functionType())) {
            throw Failures.at(instruction, "intrinsic called with incompatible signature: " + function.reference()
                    + " is declared as " + function.functionType() + " but called as " + signature);
        }
    }
}
