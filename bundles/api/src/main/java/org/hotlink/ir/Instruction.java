package org.hotlink.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hotlink.diagnostic.SourceLocation;

/**
 * An instruction: an opcode, a result type (void for none), an ordered operand list that the
 * parser may edit with {@link #setOperand} (forward references), keyword flags ({@code nuw},
 * {@code nsw}, {@code exact}, {@code disjoint}, {@code nneg}, {@code inbounds}, ...), fast-math
 * flags, the block it belongs to and the location of its first token. Each subclass documents
 * its operand layout.
 */
public abstract class Instruction extends Value {
    private final Opcode opcode;
    private final List<Value> operands;
    private final Set<String> flags = new LinkedHashSet<>();
    private final Set<String> fastMathFlags = new LinkedHashSet<>();
    private BasicBlock parent;
    private SourceLocation location = SourceLocation.UNKNOWN;

    protected Instruction(Opcode opcode, Type type, Value... operands) {
        super(type, null);
        this.opcode = Objects.requireNonNull(opcode, "opcode");
        this.operands = new ArrayList<>(operands.length);
        for (Value v : operands) {
            this.operands.add(Objects.requireNonNull(v, "operand"));
        }
    }

    public Opcode opcode() {
        return opcode;
    }

    /** Unmodifiable view of the operands. */
    public List<Value> operands() {
        return Collections.unmodifiableList(operands);
    }

    public Value operand(int index) {
        return operands.get(index);
    }

    public int operandCount() {
        return operands.size();
    }

    /** Replaces operand {@code index}, e.g. a forward reference by its definition. */
    public void setOperand(int index, Value value) {
        operands.set(index, Objects.requireNonNull(value, "value"));
    }

    /** For subclasses with variable operand lists (phi, switch, call). */
    protected void appendOperand(Value value) {
        operands.add(Objects.requireNonNull(value, "value"));
    }

    protected void appendOperands(List<? extends Value> values) {
        for (Value v : values) {
            appendOperand(v);
        }
    }

    public boolean isTerminator() {
        return opcode.isTerminator();
    }

    /** The block holding this instruction, null until appended. */
    public BasicBlock parent() {
        return parent;
    }

    void setParent(BasicBlock parent) {
        this.parent = parent;
    }

    /** Location of the instruction's first token (the result name when it has one). */
    public SourceLocation location() {
        return location;
    }

    public void setLocation(SourceLocation location) {
        this.location = Objects.requireNonNull(location);
    }

    /** Unmodifiable keyword flags in written order. */
    public Set<String> flags() {
        return Collections.unmodifiableSet(flags);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    public void addFlag(String flag) {
        flags.add(Objects.requireNonNull(flag));
    }

    /** Fast-math flags ({@code nnan ninf nsz arcp contract afn reassoc}; {@code fast} is expanded to all). */
    public Set<String> fastMathFlags() {
        return Collections.unmodifiableSet(fastMathFlags);
    }

    public void addFastMathFlag(String flag) {
        if ("fast".equals(flag)) {
            fastMathFlags.addAll(Arrays.asList("nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc"));
        } else {
            fastMathFlags.add(Objects.requireNonNull(flag));
        }
    }

    /** True for a call to an {@code llvm.dbg.*} intrinsic (debug information, no code). */
    public boolean isDebugIntrinsicCall() {
        return this instanceof CallInstruction c && c.calledFunction() != null
                && c.calledFunction().name().startsWith("llvm.dbg.");
    }

    /** True when the instruction produces a value. */
    public boolean hasResult() {
        return !type().isVoid();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (hasResult()) {
            s.append(reference()).append(" = ");
        }
        s.append(opcode.keyword());
        for (String f : flags) {
            s.append(' ').append(f);
        }
        for (int i = 0; i < operands.size(); i++) {
            Value v = operands.get(i);
            s.append(i == 0 ? " " : ", ").append(v.type()).append(' ').append(v.reference());
        }
        return s.toString();
    }

    static <T extends Value> T checkType(T value, Class<? extends Type> expected, String role) {
        if (!expected.isInstance(value.type().scalarType())) {
            throw new IllegalArgumentException(role + " must be of " + expected.getSimpleName() + ", was " + value.type());
        }
        return value;
    }
}
