package org.hotlink.verifier.impl;

import org.hotlink.diagnostic.IrVerificationException;
import org.hotlink.ir.Argument;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantFloat;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.ConstantNull;
import org.hotlink.ir.ConstantString;
import org.hotlink.ir.Function;
import org.hotlink.ir.FunctionType;
import org.hotlink.ir.GlobalAlias;
import org.hotlink.ir.GlobalValue;
import org.hotlink.ir.GlobalVariable;
import org.hotlink.ir.LabelType;
import org.hotlink.ir.Linkage;
import org.hotlink.ir.Type;
import org.hotlink.ir.ZeroInitializer;

/**
 * Rules on module-level symbols: initializers against value types, which linkages declarations
 * and definitions may have ({@code common} only with a zero initializer), intrinsics only
 * declared, arguments against the signature.
 */
final class GlobalRules {
    private GlobalRules() {
    }

    static void checkVariable(GlobalVariable variable, ConstantRules constants) throws IrVerificationException {
        Type valueType = variable.valueType();
        if (valueType == null) {
            throw Failures.at(variable, "global variable has no value type");
        }
        if (variable.initializer() == null) {
            // a declaration may name an opaque struct: C's "extern struct incomplete x;"
            checkDeclarationLinkage(variable.linkage(), variable);
            return;
        }
        if (!TypeRules.isSized(valueType)) {
            throw Failures.at(variable, "global variable definition has unsized type " + valueType);
        }
        if (!variable.initializer().type().equals(valueType)) {
            throw Failures.at(variable, "global variable initializer type " + variable.initializer().type()
                    + " does not match global variable type " + valueType);
        }
        String problem = constants.problemIn(variable.initializer());
        if (problem != null) {
            throw Failures.at(variable, "invalid initializer: " + problem);
        }
        if (variable.linkage() == Linkage.COMMON && (variable.isConstant() || !isNullValue(variable.initializer()))) {
            throw Failures.at(variable, "'common' global must have a zero initializer and cannot be constant");
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
            if (!argument.type().isFirstClass() || argument.type() instanceof LabelType) {
                throw Failures.at(function, "function arguments must have first-class types, not " + argument.type());
            }
            String incompatible = AttributeRules.incompatibility(argument.attributes(), argument.type());
            if (incompatible != null) {
                throw Failures.at(function, incompatible + " (argument " + argument.index() + ")");
            }
        }
        String returnIncompatible = AttributeRules.incompatibility(function.returnAttributes(), type.returnType());
        if (returnIncompatible != null) {
            throw Failures.at(function, returnIncompatible + " (return value)");
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
    private static void checkDeclarationLinkage(Linkage linkage, GlobalValue global)
            throws IrVerificationException {
        if (linkage != Linkage.EXTERNAL && linkage != Linkage.EXTERN_WEAK) {
            throw Failures.at(global, "a declaration must have external or extern_weak linkage, not "
                    + linkage.keyword());
        }
    }

    /** LLVM's "null value": all bits zero (positive zero for floating point), aggregates of such. */
    private static boolean isNullValue(Constant constant) {
        if (constant instanceof ZeroInitializer || constant instanceof ConstantNull) {
            return true;
        }
        if (constant instanceof ConstantInt integer) {
            return integer.isZero();
        }
        if (constant instanceof ConstantFloat floating) {
            return floating.rawBits().signum() == 0;
        }
        if (constant instanceof ConstantAggregate aggregate) {
            for (Constant element : aggregate.elements()) {
                if (!isNullValue(element)) {
                    return false;
                }
            }
            return true;
        }
        if (constant instanceof ConstantString string) {
            for (byte b : string.bytes()) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isValidReturnType(Type type) {
        return type.isVoid() || TypeRules.isValueType(type);
    }
}
