package org.hotlink.backend.x86.regalloc;

import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Collects the registers an instruction reads and writes, explicit and implicit, into a reusable
 * buffer (no allocation per instruction): {@link #collectUses} then {@link #collectDefs}, reading
 * {@link #size()} and {@link #get(int)} after each.
 */
final class OperandVisitor {
    private int[] regs = new int[32];
    private int size;

    /** Number of registers collected by the last call. */
    int size() {
        return size;
    }

    /** The {@code i}-th register collected by the last call. */
    int get(int i) {
        return regs[i];
    }

    /** Collects the registers {@code in} reads: explicit uses, memory operands' base and index, implicit uses. */
    OperandVisitor collectUses(MachineInstruction in) {
        int[] implicit = in.implicitUses();
        int n = in.operandCount();
        ensure(2 * n + implicit.length);
        int s = 0;
        Op op = in.op();
        for (int i = 0; i < n; i++) {
            Operand o = in.operand(i);
            if (o instanceof Operand.Reg r) {
                char role = op.role(i);
                if (role == 'U' || role == 'X') {
                    regs[s++] = r.reg();
                }
            } else if (o instanceof Operand.Mem m) {
                if (m.base() != Regs.NONE) {
                    regs[s++] = m.base();
                }
                if (m.index() != Regs.NONE) {
                    regs[s++] = m.index();
                }
            }
        }
        for (int r : implicit) {
            regs[s++] = r;
        }
        size = s;
        return this;
    }

    /** Collects the registers {@code in} writes: explicit defs, then implicit defs. */
    OperandVisitor collectDefs(MachineInstruction in) {
        int[] implicit = in.implicitDefs();
        int n = in.operandCount();
        ensure(n + implicit.length);
        int s = 0;
        Op op = in.op();
        for (int i = 0; i < n; i++) {
            if (in.operand(i) instanceof Operand.Reg r) {
                char role = op.role(i);
                if (role == 'D' || role == 'X') {
                    regs[s++] = r.reg();
                }
            }
        }
        for (int r : implicit) {
            regs[s++] = r;
        }
        size = s;
        return this;
    }

    private void ensure(int capacity) {
        if (capacity > regs.length) {
            regs = new int[Math.max(capacity, 2 * regs.length)];
        }
    }
}
