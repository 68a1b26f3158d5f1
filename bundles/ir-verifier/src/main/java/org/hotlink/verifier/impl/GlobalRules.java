package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Argument;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Type;

/**
 * Rules on module-level symbols: initializers against value types, which linkages declarations
 * and definitions may have, intrinsics only declared, arguments against the signature.
 */
final class GlobalRules {
    private GlobalRules() {
    }

    static void checkVariable(GlobalVariable variable, ConstantRules constants) throws IrVerificationException {
        Type valueType = variable.valueType();
        if (valueType == null || !isSizedMemoryType(valueType)) {
            throw Failures.at(variable, "global variable has invalid value type " + valueType);
        }
        if (variable.initializer() == null) {
            checkDeclarationLinkage(variable.linkage(), variable);
            return;
        }
        if (!variable.initializer().type().equals(valueType)) {
            throw Failures.at(variable, "global variable initializer type " + variable.initializer().type()
                    + " does not match global variable type " + valueType);
        }
        String problem = constants.problemIn(variable.initializer());
        if (problem != null) {
            throw Failures.at(variable, "invalid initializer: " + problem);
        }
        if (variable.linkage() == Linkage.EXTERN_WEAK) {
            throw Failures.at(variable, "invalid linkage extern_weak for a global variable definition");
        }
    }

    static void checkFunction(Function function) throws IrVerificationException {
        FunctionType type = function.functionType();
        if (type == null) {
            throw Failures.at(function, "function has no signature");
        }
        if (!isValidReturnType(type.returnType())) {
            throw Failures.at(function, "invalid function return type " + type.returnType());
        }
        if (function.arguments().size() != type.parameterCount()) {
            throw Failures.at(function, "function has " + function.arguments().size()
                    + " arguments but its type " + type + " has " + type.parameterCount() + " parameters");
        }
        for (Argument argument : function.arguments()) {
            Type expected = type.parameterType(argument.index());
            if (!argument.type().equals(expected)) {
                throw Failures.at(function, "argument " + argument.index() + " has type " + argument.type()
                        + " but the function type says " + expected);
            }
            if (!argument.type().isFirstClass() || argument.type() instanceof org.hotlink.ir.LabelType) {
                throw Failures.at(function, "function arguments must have first-class types, not " + argument.type());
            }
        }
        if (function.isDeclaration()) {
            checkDeclarationLinkage(function.linkage(), function);
            return;
        }
        if (function.isIntrinsic()) {
            throw Failures.at(function, "llvm intrinsics cannot be defined");
        }
        if (function.linkage() == Linkage.EXTERN_WEAK || function.linkage() == Linkage.COMMON
                || function.linkage() == Linkage.APPENDING) {
            throw Failures.at(function, "invalid linkage " + function.linkage().keyword() + " for a function definition");
        }
    }

    static void checkAlias(GlobalAlias alias) throws IrVerificationException {
        if (alias.aliasee() == null) {
            throw Failures.at(alias, "alias has no aliasee");
        }
        if (!alias.aliasee().type().isPointer()) {
            throw Failures.at(alias, "alias must point to a pointer-typed constant, not " + alias.aliasee().type());
        }
    }

    /** LLVM: a global that is only declared must have external or extern_weak linkage. */
    private static void checkDeclarationLinkage(Linkage linkage, org.hotlink.ir.GlobalValue global)
            throws IrVerificationException {
        if (linkage != Linkage.EXTERNAL && linkage != Linkage.EXTERN_WEAK) {
            throw Failures.at(global, "a declaration must have external or extern_weak linkage, not "
                    + linkage.keyword());
        }
    }

    private static boolean isValidReturnType(Type type) {
        return type.isVoid() || (type.isFirstClass() && !(type instanceof org.hotlink.ir.LabelType)
                && !(type instanceof org.hotlink.ir.MetadataType));
    }

    /** Types a global or an alloca can hold: sized first-class types and aggregates. */
    static boolean isSizedMemoryType(Type type) {
        return TypeRules.isSized(type);
    }
}
