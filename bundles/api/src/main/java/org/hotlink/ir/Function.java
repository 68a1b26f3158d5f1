package org.hotlink.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A function declaration ({@code declare}) or definition ({@code define}) with its blocks. */
public final class Function extends GlobalValue {
    private FunctionType functionType;
    private final List<Argument> arguments = new ArrayList<>();
    private final List<BasicBlock> blocks = new ArrayList<>();
    /** One read-only view for every caller (the block list is walked by every pass). */
    private final List<BasicBlock> blocksView = Collections.unmodifiableList(blocks);
    private CallingConvention callingConvention = CallingConvention.C;
    private AttributeSet attributes = AttributeSet.EMPTY;
    private AttributeSet returnAttributes = AttributeSet.EMPTY;
    private Constant personality;
    private Constant prefix;
    private Constant prologue;
    private String gc;
    /** Set when a {@code blockaddress} of this function is made, wherever it is used. */
    private volatile boolean blockAddressTaken;

    /** The function type may be set later ({@link #setFunctionType}) when the name is seen before its signature. */
    public Function(String name, FunctionType functionType, int addressSpace) {
        super(name, addressSpace);
        this.functionType = functionType;
    }

    /** The signature; null only while a forward-referenced function is being parsed. */
    public FunctionType functionType() {
        return functionType;
    }

    public void setFunctionType(FunctionType functionType) {
        this.functionType = Objects.requireNonNull(functionType);
    }

    /** Unmodifiable, in order. */
    public List<Argument> arguments() {
        return Collections.unmodifiableList(arguments);
    }

    public Argument argument(int index) {
        return arguments.get(index);
    }

    public void addArgument(Argument argument) {
        if (argument.parent() != this || argument.index() != arguments.size()) {
            throw new IllegalArgumentException("argument " + argument.index() + " does not belong at position "
                    + arguments.size() + " of @" + name());
        }
        arguments.add(argument);
    }

    /** Unmodifiable, in layout order; the first is the entry block. Empty for a declaration. */
    public List<BasicBlock> blocks() {
        return blocksView;
    }

    public void appendBlock(BasicBlock block) {
        if (block.parent() != null) {
            throw new IllegalStateException("block %" + block.name() + " already belongs to a function");
        }
        block.setParent(this, blocks.size());
        blocks.add(block);
    }

    /** The first block, or null for a declaration. */
    public BasicBlock entryBlock() {
        return blocks.isEmpty() ? null : blocks.get(0);
    }

    /** The block named {@code name} (as printed, without {@code %}), or null. */
    public BasicBlock block(String name) {
        for (BasicBlock b : blocks) {
            if (name.equals(b.name())) {
                return b;
            }
        }
        return null;
    }

    @Override
    public boolean isDeclaration() {
        return blocks.isEmpty();
    }

    /** True for {@code llvm.*} intrinsics. */
    public boolean isIntrinsic() {
        return name().startsWith("llvm.");
    }

    public CallingConvention callingConvention() {
        return callingConvention;
    }

    public void setCallingConvention(CallingConvention callingConvention) {
        this.callingConvention = Objects.requireNonNull(callingConvention);
    }

    /** Function attributes, groups expanded. */
    public AttributeSet attributes() {
        return attributes;
    }

    public void setAttributes(AttributeSet attributes) {
        this.attributes = Objects.requireNonNull(attributes);
    }

    public AttributeSet returnAttributes() {
        return returnAttributes;
    }

    public void setReturnAttributes(AttributeSet returnAttributes) {
        this.returnAttributes = Objects.requireNonNull(returnAttributes);
    }

    public boolean hasPersonality() {
        return personality != null;
    }

    /** The {@code personality} constant, or null. */
    public Constant personality() {
        return personality;
    }

    public void setPersonality(Constant personality) {
        this.personality = personality;
    }

    /** The {@code prefix} data constant, or null. */
    public Constant prefix() {
        return prefix;
    }

    public void setPrefix(Constant prefix) {
        this.prefix = prefix;
    }

    /** The {@code prologue} constant, or null. */
    public Constant prologue() {
        return prologue;
    }

    public void setPrologue(Constant prologue) {
        this.prologue = prologue;
    }

    /** The {@code gc "name"} strategy, or null. */
    public String gc() {
        return gc;
    }

    public void setGc(String gc) {
        this.gc = gc;
    }

    /** Number of instructions in the body, excluding calls to {@code llvm.dbg.*}. */
    public int instructionCount() {
        int count = 0;
        for (BasicBlock b : blocks) {
            for (Instruction i : b.instructions()) {
                if (!i.isDebugIntrinsicCall()) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Recomputes {@link BasicBlock#predecessors()} of every block from the current terminators. */
    public void computePredecessors() {
        Map<BasicBlock, Set<BasicBlock>> preds = new LinkedHashMap<>();
        for (BasicBlock b : blocks) {
            preds.put(b, new LinkedHashSet<>());
        }
        for (BasicBlock b : blocks) {
            for (BasicBlock s : b.successors()) {
                Set<BasicBlock> p = preds.get(s);
                if (p != null) {
                    p.add(b);
                }
            }
        }
        for (Map.Entry<BasicBlock, Set<BasicBlock>> e : preds.entrySet()) {
            e.getKey().setPredecessors(new ArrayList<>(e.getValue()));
        }
    }

    /**
     * Whether a {@code blockaddress} constant names a block of this function anywhere (made by
     * {@link BlockAddress}'s constructor): code generators that split a module must then keep this
     * function's code with whatever refers to its block labels. Known without walking every operand.
     */
    public boolean isBlockAddressTaken() {
        return blockAddressTaken;
    }

    void markBlockAddressTaken() {
        blockAddressTaken = true;
    }
}
