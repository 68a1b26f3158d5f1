package org.hotlink.ir;

import java.util.List;
import java.util.Objects;

/**
 * {@code [tail|musttail|notail] call [cc] [ret attrs] T @f(args) [fn attrs]}. Operands: [arg0, ...,
 * argN-1, callee] (callee last, as in LLVM). The callee is a {@link Function} for direct calls,
 * an {@link InlineAsm} for inline assembly, any pointer value otherwise.
 */
public final class CallInstruction extends Instruction {
    private final FunctionType functionType;
    private final List<AttributeSet> argumentAttributes;
    private final AttributeSet returnAttributes;
    private final AttributeSet functionAttributes;
    private final CallingConvention callingConvention;
    private final TailKind tailKind;

    /** @param argumentAttributes one set per argument (same length as {@code arguments}) */
    public CallInstruction(FunctionType functionType, Value callee, List<? extends Value> arguments,
            List<AttributeSet> argumentAttributes, AttributeSet returnAttributes, AttributeSet functionAttributes,
            CallingConvention callingConvention, TailKind tailKind) {
        super(Opcode.CALL, functionType.returnType());
        this.functionType = functionType;
        appendOperands(arguments);
        appendOperand(callee);
        if (argumentAttributes.size() != arguments.size()) {
            throw new IllegalArgumentException("one attribute set per argument expected");
        }
        this.argumentAttributes = List.copyOf(argumentAttributes);
        this.returnAttributes = Objects.requireNonNull(returnAttributes);
        this.functionAttributes = Objects.requireNonNull(functionAttributes);
        this.callingConvention = Objects.requireNonNull(callingConvention);
        this.tailKind = Objects.requireNonNull(tailKind);
    }

    /** The signature the call uses (may differ from the callee's declaration in malformed IR). */
    public FunctionType functionType() {
        return functionType;
    }

    public Value callee() {
        return operand(operandCount() - 1);
    }

    /** The directly called function, or null for an indirect call or inline assembly. */
    public Function calledFunction() {
        return callee() instanceof Function f ? f : null;
    }

    public boolean isInlineAsm() {
        return callee() instanceof InlineAsm;
    }

    /** Unmodifiable view of the actual arguments. */
    public List<Value> arguments() {
        return operands().subList(0, operandCount() - 1);
    }

    public Value argument(int index) {
        return operand(index);
    }

    public int argumentCount() {
        return operandCount() - 1;
    }

    public AttributeSet argumentAttributes(int index) {
        return argumentAttributes.get(index);
    }

    public AttributeSet returnAttributes() {
        return returnAttributes;
    }

    public AttributeSet functionAttributes() {
        return functionAttributes;
    }

    public CallingConvention callingConvention() {
        return callingConvention;
    }

    public TailKind tailKind() {
        return tailKind;
    }
}
