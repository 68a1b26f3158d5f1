package org.hotlink.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A basic block: a label-typed value holding instructions, the last of which is its terminator. */
public final class BasicBlock extends Value {
    private final List<Instruction> instructions = new ArrayList<>();
    /** One read-only view for every caller: compilers ask for it once per block and pass. */
    private final List<Instruction> instructionsView = Collections.unmodifiableList(instructions);
    private Function parent;
    /** Position in {@link #parent}'s block list, -1 until appended (functions only ever append). */
    private int indexInFunction = -1;
    private List<BasicBlock> predecessors;

    public BasicBlock(String name) {
        super(LabelType.LABEL, name);
    }

    /** Ordered, unmodifiable. */
    public List<Instruction> instructions() {
        return instructionsView;
    }

    /** Appends {@code instruction} and makes this block its parent. */
    public void append(Instruction instruction) {
        if (instruction.parent() != null) {
            throw new IllegalStateException("instruction already belongs to block %" + instruction.parent().name());
        }
        instruction.setParent(this, instructions.size());
        instructions.add(instruction);
    }

    /** The last instruction if it is a terminator, else null (only in malformed IR). */
    public Instruction terminator() {
        if (instructions.isEmpty()) {
            return null;
        }
        Instruction last = instructions.get(instructions.size() - 1);
        return last.isTerminator() ? last : null;
    }

    /** The successors named by the terminator, in operand order (duplicates kept); empty without one. */
    public List<BasicBlock> successors() {
        Instruction t = terminator();
        if (t == null) {
            return List.of();
        }
        List<BasicBlock> out = new ArrayList<>();
        for (Value v : t.operands()) {
            if (v instanceof BasicBlock b) {
                out.add(b);
            }
        }
        return out;
    }

    public Function parent() {
        return parent;
    }

    /**
     * Position in {@link #parent()}'s blocks (0 for the entry block), or -1 before the block is
     * appended. Stable: functions only ever append. Lets a pass number blocks without a map.
     */
    public int indexInFunction() {
        return indexInFunction;
    }

    void setParent(Function parent, int indexInFunction) {
        this.parent = parent;
        this.indexInFunction = indexInFunction;
    }

    /**
     * Blocks whose terminator names this block, each once, in block order. Computed by
     * {@link Function#computePredecessors()} (called here on first use); a snapshot, recompute after edits.
     */
    public List<BasicBlock> predecessors() {
        if (predecessors == null) {
            if (parent == null) {
                return List.of();
            }
            parent.computePredecessors();
        }
        return predecessors;
    }

    void setPredecessors(List<BasicBlock> predecessors) {
        this.predecessors = Collections.unmodifiableList(predecessors);
    }
}
