package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.RegClass;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.Value;

/**
 * Phi elimination: the phis of a successor are one parallel copy on the incoming edge. Sources
 * are evaluated first (constants into fresh registers), then {@link ParallelCopySequencer} orders
 * the copies so that no register is overwritten before every copy that reads it has run.
 */
final class PhiCopies {
    private PhiCopies() {
    }

    /** Emits, at the current point, the copies for the edge from IR block {@code from} to {@code to}. */
    static void emitEdge(LoweringContext cx, BasicBlock from, BasicBlock to) throws UnsupportedConstructException {
        sequence(cx, collectEdge(cx, from, to));
    }

    /** The (destination, source) register pairs of the edge's parallel copy; sources are materialized here. */
    static List<int[]> collectEdge(LoweringContext cx, BasicBlock from, BasicBlock to) throws UnsupportedConstructException {
        List<int[]> copies = new ArrayList<>();
        for (Instruction in : to.instructions()) {
            if (!(in instanceof PhiInstruction phi)) {
                break;
            }
            Value incoming = null;
            for (int i = 0; i < phi.incomingCount(); i++) {
                if (phi.incomingBlock(i) == from) {
                    incoming = phi.incomingValue(i);
                    break;
                }
            }
            if (incoming == null) {
                throw cx.unsupported("phi " + phi.reference() + " without a value for predecessor " + from.reference());
            }
            int[] dst = cx.resultRegs(phi);
            int[] src = cx.parts(incoming);
            for (int k = 0; k < dst.length; k++) {
                copies.add(new int[]{dst[k], src[k]});
            }
        }
        return copies;
    }

    static boolean hasPhis(BasicBlock block) {
        return !block.instructions().isEmpty() && block.instructions().get(0) instanceof PhiInstruction;
    }

    /** Emits the parallel copy {dst_i := src_i} as a sequence of moves. */
    static void sequence(LoweringContext cx, List<int[]> parallel) {
        ParallelCopySequencer.sequence(parallel, new ParallelCopySequencer.Target() {
            @Override
            public void move(int dst, int src) {
                PhiCopies.move(cx, dst, src);
            }

            @Override
            public int temporaryLike(int reg) {
                return cx.newReg(cx.mf.classOf(reg));
            }
        });
    }

    private static void move(LoweringContext cx, int dst, int src) {
        boolean xmm = cx.mf.classOf(dst) == RegClass.XMM;
        cx.emit(xmm ? Op.FMOV : Op.MOV, xmm ? Width.SD : Width.Q, r(dst), r(src));
    }

    /** The block a branch from the current block to {@code to} should target, splitting the edge if {@code to} has phis. */
    static MachineBlock edgeTarget(LoweringContext cx, BasicBlock to) throws UnsupportedConstructException {
        MachineBlock target = cx.blocks.first(to);
        if (!hasPhis(to)) {
            return target;
        }
        MachineBlock saved = cx.current;
        MachineBlock split = cx.newBlock("edge");
        cx.switchTo(split);
        emitEdge(cx, cx.currentIrBlock, to);
        cx.emit(Op.JMP, null, new org.hotlink.backend.x86.mir.Operand.Block(target));
        cx.switchTo(saved);
        return split;
    }
}
