package org.hotlink.backend.x86.mir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A basic block of machine instructions; ends with terminators (JCC then JMP, or one of JMP/RET/...). */
public final class MachineBlock {
    /** The name, or null until {@link #name()} builds it from the parts below (names serve messages only). */
    private String name;
    private final String prefix;
    private final String hint;
    private final int number;
    private ArrayList<MachineInstruction> instructions = new ArrayList<>();
    /** Extra successors not named by a branch operand (jump tables, indirect branches). */
    private final List<MachineBlock> extraSuccessors = new ArrayList<>(0);
    /** Name of the LOCAL data symbol that marks this block's address (blockaddress), or null. */
    private String addressSymbol;
    /** Scratch number of later passes: the block's position in its function's layout order. */
    private int layoutIndex = -1;

    public MachineBlock(String name) {
        this.name = name;
        this.prefix = null;
        this.hint = name;
        this.number = -1;
    }

    /** A block named {@code prefix.hint.number} ({@code hint.number} without a prefix), built on first use. */
    MachineBlock(String prefix, String hint, int number) {
        this.prefix = prefix;
        this.hint = hint;
        this.number = number;
    }

    public String name() {
        if (name == null) {
            name = (prefix == null ? "" : prefix + ".") + hint + "." + number;
        }
        return name;
    }

    /** The position set by the last {@link #setLayoutIndex}; -1 before. */
    public int layoutIndex() {
        return layoutIndex;
    }

    public void setLayoutIndex(int index) {
        this.layoutIndex = index;
    }

    /** Replaces the instruction list by {@code list} (which the block then owns). */
    public void replaceInstructions(ArrayList<MachineInstruction> list) {
        this.instructions = list;
    }

    /** Extra successors not named by a branch operand (jump tables, indirect branches). */
    public List<MachineBlock> extraSuccessors() {
        return extraSuccessors;
    }

    public List<MachineInstruction> instructions() {
        return instructions;
    }

    public void add(MachineInstruction instruction) {
        instructions.add(instruction);
    }

    public void addExtraSuccessor(MachineBlock block) {
        extraSuccessors.add(block);
    }

    public String addressSymbol() {
        return addressSymbol;
    }

    public void setAddressSymbol(String symbol) {
        this.addressSymbol = symbol;
    }

    /** Index of the first terminator (the position to insert copies before the branch). */
    public int terminatorStart() {
        int i = instructions.size();
        while (i > 0 && instructions.get(i - 1).op().isTerminator()) {
            i--;
        }
        return i;
    }

    public Set<MachineBlock> successors() {
        Set<MachineBlock> out = new LinkedHashSet<>();
        for (int i = terminatorStart(); i < instructions.size(); i++) {
            MachineInstruction in = instructions.get(i);
            for (int k = 0; k < in.operandCount(); k++) {
                if (in.operand(k) instanceof Operand.Block b) {
                    out.add(b.target());
                }
            }
        }
        out.addAll(extraSuccessors);
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
