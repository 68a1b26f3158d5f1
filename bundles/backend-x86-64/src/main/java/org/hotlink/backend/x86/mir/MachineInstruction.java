package org.hotlink.backend.x86.mir;

import java.util.Arrays;

/**
 * One machine instruction: an opcode, its operand width (and source width for extensions and
 * conversions), a condition for Jcc/SETcc/CMOVcc, explicit operands, and the physical registers
 * it reads or writes implicitly (division's RAX:RDX, a call's argument and clobbered registers).
 */
public final class MachineInstruction {
    private final Op op;
    private final Width width;
    private Width sourceWidth;
    private Cond cond;
    private final Operand[] operands;
    private static final int[] NO_REGISTERS = new int[0];

    private int[] implicitUses = NO_REGISTERS;
    private int[] implicitDefs = NO_REGISTERS;
    private boolean returnsTwice;

    /** An instruction that takes over the {@code operands} array (callers pass a fresh one, as varargs do). */
    public MachineInstruction(Op op, Width width, Operand... operands) {
        this.op = op;
        this.width = width;
        this.operands = operands;
    }

    public Op op() {
        return op;
    }

    public Width width() {
        return width;
    }

    public Width sourceWidth() {
        return sourceWidth;
    }

    public MachineInstruction sourceWidth(Width w) {
        this.sourceWidth = w;
        return this;
    }

    public Cond cond() {
        return cond;
    }

    public MachineInstruction cond(Cond c) {
        this.cond = c;
        return this;
    }

    public int operandCount() {
        return operands.length;
    }

    public Operand operand(int i) {
        return operands[i];
    }

    public void setOperand(int i, Operand operand) {
        operands[i] = operand;
    }

    public int[] implicitUses() {
        return implicitUses;
    }

    public int[] implicitDefs() {
        return implicitDefs;
    }

    /** Sets the registers read implicitly; the instruction keeps the array, which must not change afterwards. */
    public MachineInstruction implicitUses(int... regs) {
        this.implicitUses = regs;
        return this;
    }

    /** Sets the registers written implicitly; the instruction keeps the array, which must not change afterwards. */
    public MachineInstruction implicitDefs(int... regs) {
        this.implicitDefs = regs;
        return this;
    }

    public boolean returnsTwice() {
        return returnsTwice;
    }

    public MachineInstruction markReturnsTwice() {
        this.returnsTwice = true;
        return this;
    }

    /** The register of operand {@code i}, which must be a register operand. */
    public int reg(int i) {
        if (operands[i] instanceof Operand.Reg r) {
            return r.reg();
        }
        throw Check.broken(op + " operand " + i + " is not a register: " + operands[i]);
    }

    public Operand.Mem mem(int i) {
        if (operands[i] instanceof Operand.Mem m) {
            return m;
        }
        throw Check.broken(op + " operand " + i + " is not memory: " + operands[i]);
    }

    public boolean isCall() {
        return op == Op.CALL || op == Op.CALL_REG;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(op.name().toLowerCase());
        if (cond != null) {
            s.append('.').append(cond.name().toLowerCase());
        }
        if (width != null) {
            s.append('.').append(width.name().toLowerCase());
        }
        if (sourceWidth != null) {
            s.append('<').append(sourceWidth.name().toLowerCase());
        }
        for (int i = 0; i < operands.length; i++) {
            s.append(i == 0 ? " " : ", ").append(operands[i]);
        }
        if (implicitUses.length > 0) {
            s.append(" uses").append(Arrays.stream(implicitUses).mapToObj(Regs::name).toList());
        }
        return s.toString();
    }
}
