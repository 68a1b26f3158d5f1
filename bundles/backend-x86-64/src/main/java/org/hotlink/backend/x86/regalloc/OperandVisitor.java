package org.hotlink.backend.x86.regalloc;

import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;

/**
 * Collects the registers an instruction reads and writes, explicit and implicit, into a reusable
 * buffer (no allocation per instruction): {@link #collectUses} then {@link #collectDefs}, reading
 * {@link #size()} and {@link #get(int)} after each. {@link #writeUses} and {@link #writeDefs}
 * write them straight into a caller's array instead.
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
        regs = ensure(regs, 0, maxUses(in));
        size = writeUses(in, regs, 0);
        return this;
    }

    /** Collects the registers {@code in} writes: explicit defs, then implicit defs. */
    OperandVisitor collectDefs(MachineInstruction in) {
        regs = ensure(regs, 0, maxDefs(in));
        size = writeDefs(in, regs, 0);
        return this;
    }

    /** An upper bound of the registers {@link #writeUses} writes for {@code in}. */
    static int maxUses(MachineInstruction in) {
        return 2 * in.operandCount() + in.implicitUses().length;
    }

    /** An upper bound of the registers {@link #writeDefs} writes for {@code in}. */
    static int maxDefs(MachineInstruction in) {
        return in.operandCount() + in.implicitDefs().length;
    }

    /** Writes the registers {@code in} reads to {@code out} from index {@code at}; returns the end index. */
    static int writeUses(MachineInstruction in, int[] out, int at) {
        int s = at;
        Op op = in.op();
        for (int i = 0, n = in.operandCount(); i < n; i++) {
            Operand o = in.operand(i);
            if (o instanceof Operand.Reg r) {
                char role = op.role(i);
                if (role == 'U' || role == 'X') {
                    out[s++] = r.reg();
                }
            } else if (o instanceof Operand.Mem m) {
                if (m.base() != Regs.NONE) {
                    out[s++] = m.base();
                }
                if (m.index() != Regs.NONE) {
                    out[s++] = m.index();
                }
            }
        }
        for (int r : in.implicitUses()) {
            out[s++] = r;
        }
        return s;
    }

    /** Writes the registers {@code in} writes to {@code out} from index {@code at}; returns the end index. */
    static int writeDefs(MachineInstruction in, int[] out, int at) {
        int s = at;
        Op op = in.op();
        for (int i = 0, n = in.operandCount(); i < n; i++) {
            if (in.operand(i) instanceof Operand.Reg r) {
                char role = op.role(i);
                if (role == 'D' || role == 'X') {
                    out[s++] = r.reg();
                }
            }
        }
        for (int r : in.implicitDefs()) {
            out[s++] = r;
        }
        return s;
    }

    /** {@code array}, or a larger copy of it, with room for {@code extra} entries after index {@code used}. */
    static int[] ensure(int[] array, int used, int extra) {
        int needed = used + extra;
        return needed <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(needed, 2 * array.length));
    }
}
