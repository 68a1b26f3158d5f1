package org.hotlink.backend.x86.mir;

import java.util.ArrayList;
import java.util.List;

/**
 * A function in machine IR: blocks in layout order (the first is the entry), the register class
 * of every virtual register, and the frame slots. Built by lowering, rewritten in place by the
 * register allocator, then encoded.
 */
public final class MachineFunction {
    private final String name;
    private final List<MachineBlock> blocks = new ArrayList<>();
    private final ArrayList<RegClass> virtualClasses = new ArrayList<>();
    private final List<FrameSlot> slots = new ArrayList<>();
    /** Jump tables: each entry list becomes a table in read-only data, referenced by symbol. */
    private final List<JumpTable> jumpTables = new ArrayList<>();
    private int blockCounter;
    private boolean dynamicStack;
    private boolean variadic;

    public MachineFunction(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<MachineBlock> blocks() {
        return blocks;
    }

    public MachineBlock newBlock(String hint) {
        return new MachineBlock(null, hint, blockCounter++);
    }

    /** A new block named {@code prefix.hint.N} (the name is built only when asked for). */
    public MachineBlock newBlock(String prefix, String hint) {
        return new MachineBlock(prefix, hint, blockCounter++);
    }

    /** Reserves room for about {@code count} more virtual registers. */
    public void expectVirtuals(int count) {
        virtualClasses.ensureCapacity(virtualClasses.size() + count);
    }

    public int newVirtual(RegClass regClass) {
        virtualClasses.add(regClass);
        return Regs.FIRST_VIRTUAL + virtualClasses.size() - 1;
    }

    public int virtualCount() {
        return virtualClasses.size();
    }

    public RegClass classOf(int reg) {
        if (Regs.isVirtual(reg)) {
            return virtualClasses.get(reg - Regs.FIRST_VIRTUAL);
        }
        return Regs.isXmm(reg) ? RegClass.XMM : RegClass.GPR;
    }

    public FrameSlot newSlot(long size, int alignment) {
        FrameSlot slot = new FrameSlot(slots.size(), Math.max(size, 1), Math.max(alignment, 1));
        slots.add(slot);
        return slot;
    }

    public List<FrameSlot> slots() {
        return slots;
    }

    /** Marks that RSP moves inside the body (dynamic alloca), so the epilogue restores it from RBP. */
    public void markDynamicStack() {
        dynamicStack = true;
    }

    public boolean hasDynamicStack() {
        return dynamicStack;
    }

    public List<JumpTable> jumpTables() {
        return jumpTables;
    }

    public JumpTable newJumpTable(List<MachineBlock> targets) {
        JumpTable table = new JumpTable(name + ".__jt." + jumpTables.size(), List.copyOf(targets));
        jumpTables.add(table);
        return table;
    }

    /** A table of 8-byte absolute block addresses placed in read-only data. */
    public record JumpTable(String symbol, List<MachineBlock> targets) {
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("function ").append(name).append('\n');
        for (MachineBlock b : blocks) {
            s.append(b.name()).append(":\n");
            for (MachineInstruction in : b.instructions()) {
                s.append("  ").append(in).append('\n');
            }
        }
        return s.toString();
    }
}
