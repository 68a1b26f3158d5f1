package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.Check;
import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;

/**
 * Replaces virtual registers by their allocated physical registers. A spilled value is reloaded
 * into a scratch register (R11, R10; XMM15, XMM14) just before an instruction that reads it and
 * stored back just after one that writes it; a move from or to a spilled value becomes a
 * direct load or store. Afterwards the function names physical registers only.
 */
public final class SpillRewriter {
    private static final int[] GPR_SCRATCH = {Regs.R11, Regs.R10};
    private static final int[] XMM_SCRATCH = {Regs.xmm(15), Regs.xmm(14)};
    /** At most two spilled operands per register class: four scratch assignments per instruction. */
    private static final int MAX_SCRATCH = 4;

    private final OperandVisitor visitor = new OperandVisitor();
    /** Spilled virtual registers of the current instruction, in order of first appearance, and their scratch registers. */
    private final int[] spilled = new int[MAX_SCRATCH];
    private final int[] scratch = new int[MAX_SCRATCH];
    private final boolean[] read = new boolean[MAX_SCRATCH];
    private final boolean[] written = new boolean[MAX_SCRATCH];
    private int spilledCount;

    public void rewrite(MachineFunction function, Allocation allocation) {
        boolean anySpilled = allocation.anySpilled();
        for (MachineBlock block : function.blocks()) {
            List<MachineInstruction> list = block.instructions();
            ArrayList<MachineInstruction> out = null;
            for (int i = 0, size = list.size(); i < size; i++) {
                MachineInstruction in = list.get(i);
                if (out == null && anySpilled && needsSpillCode(allocation, in)) {
                    out = new ArrayList<>(size + size / 2 + 4);
                    for (int k = 0; k < i; k++) {
                        out.add(list.get(k));
                    }
                }
                if (out == null) {
                    mapOperands(allocation, in);
                } else {
                    rewriteOne(function, allocation, in, out);
                }
            }
            if (out != null) {
                block.replaceInstructions(out);
            }
        }
    }

    /** Whether {@code in} names a spilled virtual register (so code must be inserted around it, or it changes). */
    private static boolean needsSpillCode(Allocation allocation, MachineInstruction in) {
        for (int i = 0, n = in.operandCount(); i < n; i++) {
            Operand op = in.operand(i);
            if (op instanceof Operand.Reg r) {
                if (isSpilled(allocation, r.reg())) {
                    return true;
                }
            } else if (op instanceof Operand.Mem m) {
                if (isSpilled(allocation, m.base()) || isSpilled(allocation, m.index())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSpilled(Allocation allocation, int reg) {
        return reg >= Regs.FIRST_VIRTUAL && allocation.spillSlot(reg) != null;
    }

    private void rewriteOne(MachineFunction function, Allocation allocation, MachineInstruction in,
                            List<MachineInstruction> out) {
        if ((in.op() == Op.MOV || in.op() == Op.FMOV) && rewriteMove(function, allocation, in, out)) {
            return;
        }
        // spilled virtual register -> scratch register, in order of first appearance (uses, then defs)
        spilledCount = 0;
        int gprUsed = 0;
        int xmmUsed = 0;
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 0) {
                visitor.collectUses(in);
            } else {
                visitor.collectDefs(in);
            }
            for (int j = 0, m = visitor.size(); j < m; j++) {
                int r = visitor.get(j);
                if (!isSpilled(allocation, r)) {
                    continue;
                }
                int k = indexOfSpilled(r);
                if (k < 0) {
                    boolean xmm = function.classOf(r) == RegClass.XMM;
                    int c = xmm ? xmmUsed++ : gprUsed++;
                    if (c >= 2) {
                        throw Check.broken("more than two spilled operands of one class in " + in);
                    }
                    k = spilledCount++;
                    spilled[k] = r;
                    scratch[k] = xmm ? XMM_SCRATCH[c] : GPR_SCRATCH[c];
                    read[k] = false;
                    written[k] = false;
                }
                if (pass == 0) {
                    read[k] = true;
                } else {
                    written[k] = true;
                }
            }
        }
        for (int k = 0; k < spilledCount; k++) {
            if (read[k]) {
                out.add(reload(scratch[k], allocation.spillSlot(spilled[k])));
            }
        }
        mapOperands(allocation, in);
        out.add(in);
        for (int k = 0; k < spilledCount; k++) {
            if (written[k]) {
                out.add(store(scratch[k], allocation.spillSlot(spilled[k])));
            }
        }
        spilledCount = 0;
    }

    private int indexOfSpilled(int reg) {
        for (int k = 0; k < spilledCount; k++) {
            if (spilled[k] == reg) {
                return k;
            }
        }
        return -1;
    }

    /** Replaces the virtual registers of {@code in}'s operands by their registers (scratch ones for spilled values). */
    private void mapOperands(Allocation allocation, MachineInstruction in) {
        for (int i = 0, n = in.operandCount(); i < n; i++) {
            Operand op = in.operand(i);
            if (op instanceof Operand.Reg r) {
                if (Regs.isVirtual(r.reg())) {
                    in.setOperand(i, Operand.Reg.of(map(allocation, r.reg())));
                }
            } else if (op instanceof Operand.Mem m && (Regs.isVirtual(m.base()) || Regs.isVirtual(m.index()))) {
                in.setOperand(i, m.withRegs(map(allocation, m.base()), map(allocation, m.index())));
            }
        }
    }

    /** A move with a spilled side becomes one load or store (or a reload plus store if both are). */
    private boolean rewriteMove(MachineFunction function, Allocation allocation, MachineInstruction in,
                                List<MachineInstruction> out) {
        int d = in.reg(0);
        int s = in.reg(1);
        FrameSlot ds = Regs.isVirtual(d) ? allocation.spillSlot(d) : null;
        FrameSlot ss = Regs.isVirtual(s) ? allocation.spillSlot(s) : null;
        if (ds == null && ss == null) {
            return false;
        }
        if (ds != null && ss != null) {
            if (ds == ss) {
                return true;
            }
            int tmp = function.classOf(d) == RegClass.XMM ? XMM_SCRATCH[0] : GPR_SCRATCH[0];
            out.add(reload(tmp, ss));
            out.add(store(tmp, ds));
            return true;
        }
        spilledCount = 0;
        if (ss != null) {
            out.add(reload(map(allocation, d), ss));
        } else {
            out.add(store(map(allocation, s), ds));
        }
        return true;
    }

    private static MachineInstruction reload(int reg, FrameSlot slot) {
        boolean xmm = Regs.isXmm(reg);
        return new MachineInstruction(xmm ? Op.FLOAD : Op.LOAD, xmm ? Width.SD : Width.Q,
                Operand.Reg.of(reg), Operand.Mem.slot(slot, 0));
    }

    private static MachineInstruction store(int reg, FrameSlot slot) {
        boolean xmm = Regs.isXmm(reg);
        return new MachineInstruction(xmm ? Op.FSTORE : Op.STORE, xmm ? Width.SD : Width.Q,
                Operand.Mem.slot(slot, 0), Operand.Reg.of(reg));
    }

    /** The physical register for {@code reg}: itself if physical, its scratch register if spilled here, else its allocation. */
    private int map(Allocation allocation, int reg) {
        if (!Regs.isVirtual(reg)) {
            return reg;
        }
        for (int k = 0; k < spilledCount; k++) {
            if (spilled[k] == reg) {
                return scratch[k];
            }
        }
        int p = allocation.register(reg);
        if (p < 0) {
            throw Check.broken("virtual register v" + reg + " has neither a register nor a slot");
        }
        return p;
    }
}
