package org.hotlink.backend.x86.regalloc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public void rewrite(MachineFunction function, Allocation allocation) {
        for (MachineBlock block : function.blocks()) {
            List<MachineInstruction> out = new ArrayList<>();
            for (MachineInstruction in : block.instructions()) {
                rewriteOne(function, allocation, in, out);
            }
            block.instructions().clear();
            block.instructions().addAll(out);
        }
    }

    private void rewriteOne(MachineFunction function, Allocation allocation, MachineInstruction in,
                            List<MachineInstruction> out) {
        if ((in.op() == Op.MOV || in.op() == Op.FMOV) && rewriteMove(function, allocation, in, out)) {
            return;
        }
        // spilled virtual register -> scratch register, in order of first appearance
        Map<Integer, Integer> scratch = new LinkedHashMap<>();
        int gprUsed = 0;
        int xmmUsed = 0;
        List<Integer> regs = new ArrayList<>();
        OperandVisitor.forEachUse(in, regs::add);
        OperandVisitor.forEachDef(in, regs::add);
        for (int r : regs) {
            if (Regs.isVirtual(r) && allocation.spills().containsKey(r) && !scratch.containsKey(r)) {
                boolean xmm = function.classOf(r) == RegClass.XMM;
                int count = xmm ? xmmUsed++ : gprUsed++;
                Check.state(count < 2, "more than two spilled operands of one class in " + in);
                scratch.put(r, xmm ? XMM_SCRATCH[count] : GPR_SCRATCH[count]);
            }
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        OperandVisitor.forEachUse(in, used::add);
        java.util.Set<Integer> defined = new java.util.HashSet<>();
        OperandVisitor.forEachDef(in, defined::add);
        for (Map.Entry<Integer, Integer> e : scratch.entrySet()) {
            if (used.contains(e.getKey())) {
                out.add(reload(function, e.getValue(), allocation.spills().get(e.getKey())));
            }
        }
        for (int i = 0; i < in.operandCount(); i++) {
            Operand op = in.operand(i);
            if (op instanceof Operand.Reg r) {
                in.setOperand(i, new Operand.Reg(map(allocation, scratch, r.reg())));
            } else if (op instanceof Operand.Mem m && (m.base() != Regs.NONE || m.index() != Regs.NONE)) {
                in.setOperand(i, m.withRegs(m.base() == Regs.NONE ? Regs.NONE : map(allocation, scratch, m.base()),
                        m.index() == Regs.NONE ? Regs.NONE : map(allocation, scratch, m.index())));
            }
        }
        out.add(in);
        for (Map.Entry<Integer, Integer> e : scratch.entrySet()) {
            if (defined.contains(e.getKey())) {
                out.add(store(function, e.getValue(), allocation.spills().get(e.getKey())));
            }
        }
    }

    /** A move with a spilled side becomes one load or store (or a reload plus store if both are). */
    private boolean rewriteMove(MachineFunction function, Allocation allocation, MachineInstruction in,
                                List<MachineInstruction> out) {
        int d = in.reg(0);
        int s = in.reg(1);
        FrameSlot ds = allocation.spills().get(d);
        FrameSlot ss = allocation.spills().get(s);
        if (ds == null && ss == null) {
            return false;
        }
        if (ds != null && ss != null) {
            if (ds == ss) {
                return true;
            }
            int tmp = function.classOf(d) == RegClass.XMM ? XMM_SCRATCH[0] : GPR_SCRATCH[0];
            out.add(reload(function, tmp, ss));
            out.add(store(function, tmp, ds));
            return true;
        }
        if (ss != null) {
            out.add(reload(function, map(allocation, Map.of(), d), ss));
        } else {
            out.add(store(function, map(allocation, Map.of(), s), ds));
        }
        return true;
    }

    private static MachineInstruction reload(MachineFunction function, int reg, FrameSlot slot) {
        boolean xmm = Regs.isXmm(reg);
        return new MachineInstruction(xmm ? Op.FLOAD : Op.LOAD, xmm ? Width.SD : Width.Q,
                new Operand.Reg(reg), Operand.Mem.slot(slot, 0));
    }

    private static MachineInstruction store(MachineFunction function, int reg, FrameSlot slot) {
        boolean xmm = Regs.isXmm(reg);
        return new MachineInstruction(xmm ? Op.FSTORE : Op.STORE, xmm ? Width.SD : Width.Q,
                Operand.Mem.slot(slot, 0), new Operand.Reg(reg));
    }

    private static int map(Allocation allocation, Map<Integer, Integer> scratch, int reg) {
        if (!Regs.isVirtual(reg)) {
            return reg;
        }
        Integer s = scratch.get(reg);
        if (s != null) {
            return s;
        }
        Integer p = allocation.registers().get(reg);
        Check.state(p != null, "virtual register v" + reg + " has neither a register nor a slot");
        return p;
    }
}
