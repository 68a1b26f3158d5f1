package org.hotlink.ir;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
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
    /**
     * The operands in {@code [0, operandCount)}: an array held directly (not a list) because every
     * pass reads operands of every instruction; grown by doubling when a subclass appends.
     */
    private Value[] operands;
    private int operandCount;
    /** The unmodifiable live view {@link #operands()} returns, made on first use. */
    private List<Value> operandView;
    /** Keyword flags in written order; null until the first one (most instructions have none). */
    private Set<String> flags;
    /** Fast-math flags in written order; null until the first one. */
    private Set<String> fastMathFlags;
    private BasicBlock parent;
    /** Position in {@link #parent}'s instruction list, -1 until appended (blocks only ever append). */
    private int indexInBlock = -1;
    private SourceLocation location = SourceLocation.UNKNOWN;

    protected Instruction(Opcode opcode, Type type, Value... operands) {
        super(type, null);
        this.opcode = Objects.requireNonNull(opcode, "opcode");
        // A copy typed Value[]: a caller's array may have a narrower element type (BasicBlock[]) or be reused.
        this.operands = Arrays.copyOf(operands, operands.length, Value[].class);
        for (Value v : this.operands) {
            Objects.requireNonNull(v, "operand");
        }
        this.operandCount = operands.length;
    }

    public Opcode opcode() {
        return opcode;
    }

    /** Unmodifiable view of the operands (it follows later {@link #setOperand} calls). */
    public List<Value> operands() {
        List<Value> view = operandView;
        if (view == null) {
            view = new OperandList();
            operandView = view;
        }
        return view;
    }

    public Value operand(int index) {
        Objects.checkIndex(index, operandCount);
        return operands[index];
    }

    public int operandCount() {
        return operandCount;
    }

    /** Replaces operand {@code index}, e.g. a forward reference by its definition. */
    public void setOperand(int index, Value value) {
        Objects.checkIndex(index, operandCount);
        operands[index] = Objects.requireNonNull(value, "value");
    }

    /** For subclasses with variable operand lists (phi, switch, call). */
    protected void appendOperand(Value value) {
        Objects.requireNonNull(value, "value");
        if (operandCount == operands.length) {
            operands = Arrays.copyOf(operands, Math.max(4, operandCount * 2));
        }
        operands[operandCount++] = value;
    }

    protected void appendOperands(List<? extends Value> values) {
        for (Value v : values) {
            appendOperand(v);
        }
    }

    /** The read-only list view of {@link #operands}. */
    private final class OperandList extends AbstractList<Value> implements RandomAccess {
        @Override
        public Value get(int index) {
            return operand(index);
        }

        @Override
        public int size() {
            return operandCount;
        }
    }

    public boolean isTerminator() {
        return opcode.isTerminator();
    }

    /** The block holding this instruction, null until appended. */
    public BasicBlock parent() {
        return parent;
    }

    /**
     * Position in {@link #parent()}'s instructions (0 for the first), or -1 before the instruction
     * is appended. Stable: blocks only ever append. Lets a pass order two instructions of one block
     * in constant time.
     */
    public int indexInBlock() {
        return indexInBlock;
    }

    void setParent(BasicBlock parent, int indexInBlock) {
        this.parent = parent;
        this.indexInBlock = indexInBlock;
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
        return flags == null ? Collections.emptySet() : Collections.unmodifiableSet(flags);
    }

    public boolean hasFlag(String flag) {
        return flags != null && flags.contains(flag);
    }

    public void addFlag(String flag) {
        Objects.requireNonNull(flag);
        if (flags == null) {
            flags = new LinkedHashSet<>(4);
        }
        flags.add(flag);
    }

    /** Fast-math flags ({@code nnan ninf nsz arcp contract afn reassoc}; {@code fast} is expanded to all). */
    public Set<String> fastMathFlags() {
        return fastMathFlags == null ? Collections.emptySet() : Collections.unmodifiableSet(fastMathFlags);
    }

    public void addFastMathFlag(String flag) {
        Objects.requireNonNull(flag);
        if (fastMathFlags == null) {
            fastMathFlags = new LinkedHashSet<>();
        }
        if ("fast".equals(flag)) {
            fastMathFlags.addAll(Arrays.asList("nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc"));
        } else {
            fastMathFlags.add(flag);
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
        for (String f : flags()) {
            s.append(' ').append(f);
        }
        for (int i = 0; i < operandCount; i++) {
            Value v = operands[i];
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
