package org.hotlink.backend.x86.mir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A basic block of machine instructions; ends with terminators (JCC then JMP, or one of JMP/RET/...). */
public final class MachineBlock {
    private final String name;
    private final List<MachineInstruction> instructions = new ArrayList<>();
    /** Extra successors not named by a branch operand (jump tables, indirect branches). */
    private final List<MachineBlock> extraSuccessors = new ArrayList<>();
    /** Name of the LOCAL data symbol that marks this block's address (blockaddress), or null. */
    private String addressSymbol;

    public MachineBlock(String name) {
        this.name = name;
    }

    public String name() {
        return name;
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
        return name;
    }
}
