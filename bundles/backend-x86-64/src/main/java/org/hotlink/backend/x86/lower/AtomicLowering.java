package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.FenceInstruction;
import org.hotlink.ir.Type;

/**
 * Atomics on x86-64: xchg and lock xadd where they fit, a lock cmpxchg loop for the other
 * read-modify-write operations, lock cmpxchg for cmpxchg, mfence for a seq_cst fence (other
 * fences need no instruction under TSO).
 */
final class AtomicLowering {
    private AtomicLowering() {
    }

    static void atomicRmw(LoweringContext cx, AtomicRmwInstruction a) throws UnsupportedConstructException {
        Type t = a.value().type();
        if (!ValueKinds.isGprScalar(t) || !ValueKinds.isStandardInteger(t) || ValueKinds.bits(t) == 1) {
            throw cx.unsupported("atomicrmw " + a.operation().name().toLowerCase() + " on " + t);
        }
        Width w = ValueKinds.exactWidth(t);
        Operand.Mem m = MemoryLowering.address(cx, a.pointer());
        int v = cx.use(a.value());
        int d = cx.result(a);
        switch (a.operation()) {
            case XCHG -> {
                cx.emit(Op.MOV, Width.Q, r(d), r(v));
                cx.emit(Op.XCHG_MEM, w, r(d), m);
            }
            case ADD, SUB -> {
                cx.emit(Op.MOV, Width.Q, r(d), r(v));
                if (a.operation() == org.hotlink.ir.AtomicRmwOperation.SUB) {
                    cx.emit(Op.NEG, Width.Q, r(d));
                }
                cx.emit(Op.XADD_MEM, w, r(d), m);
            }
            case AND, OR, XOR, NAND, MAX, MIN, UMAX, UMIN -> compareExchangeLoop(cx, a, w, m, v, d);
            default -> throw cx.unsupported("atomicrmw " + a.operation().name().toLowerCase());
        }
    }

    /** old = [m]; loop: new = op(old, v); lock cmpxchg [m], new (RAX = expected old); retry if changed. */
    private static void compareExchangeLoop(LoweringContext cx, AtomicRmwInstruction a, Width w, Operand.Mem m, int v, int d)
            throws UnsupportedConstructException {
        int bits = ValueKinds.bits(a.value().type());
        MachineBlock loop = cx.newBlock("atomic.loop");
        MachineBlock done = cx.newBlock("atomic.done");
        int old = cx.gpr();
        MemoryLowering.loadScalar(cx, a.value().type(), old, m);
        cx.emit(Op.JMP, null, new Operand.Block(loop));
        cx.switchTo(loop);
        int fresh = cx.copy(old);
        switch (a.operation()) {
            case AND -> cx.emit(Op.AND, Width.Q, r(fresh), r(v));
            case OR -> cx.emit(Op.OR, Width.Q, r(fresh), r(v));
            case XOR -> cx.emit(Op.XOR, Width.Q, r(fresh), r(v));
            case NAND -> {
                cx.emit(Op.AND, Width.Q, r(fresh), r(v));
                cx.emit(Op.NOT, Width.Q, r(fresh));
            }
            default -> {
                boolean signed = a.operation() == org.hotlink.ir.AtomicRmwOperation.MAX
                        || a.operation() == org.hotlink.ir.AtomicRmwOperation.MIN;
                int x = IntegerLowering.extend(cx, old, bits, signed);
                int y = IntegerLowering.extend(cx, v, bits, signed);
                cx.emit(Op.CMP, ValueKinds.aluWidth(a.value().type()), r(x), r(y));
                Cond takeV = switch (a.operation()) {
                    case MAX -> Cond.L;
                    case MIN -> Cond.G;
                    case UMAX -> Cond.B;
                    default -> Cond.A;
                };
                cx.emit(Op.CMOV, Width.Q, r(fresh), r(v)).cond(takeV);
            }
        }
        cx.emit(Op.MOV, Width.Q, r(Regs.RAX), r(old));
        cx.emit(Op.CMPXCHG_MEM, w, m, r(fresh)).implicitUses(Regs.RAX).implicitDefs(Regs.RAX);
        cx.emit(Op.MOV, Width.Q, r(old), r(Regs.RAX));
        cx.emit(Op.JCC, null, new Operand.Block(loop)).cond(Cond.NE);
        cx.emit(Op.JMP, null, new Operand.Block(done));
        cx.switchTo(done);
        cx.emit(Op.MOV, Width.Q, r(d), r(old));
    }

    static void cmpXchg(LoweringContext cx, CmpXchgInstruction c) throws UnsupportedConstructException {
        Type t = c.expected().type();
        if (!ValueKinds.isGprScalar(t) || !ValueKinds.isStandardInteger(t) || ValueKinds.bits(t) == 1) {
            throw cx.unsupported("cmpxchg on " + t);
        }
        Width w = ValueKinds.exactWidth(t);
        Operand.Mem m = MemoryLowering.address(cx, c.pointer());
        int expected = cx.use(c.expected());
        int replacement = cx.use(c.replacement());
        int[] d = cx.resultRegs(c);
        cx.emit(Op.MOV, Width.Q, r(Regs.RAX), r(expected));
        cx.emit(Op.CMPXCHG_MEM, w, m, r(replacement)).implicitUses(Regs.RAX).implicitDefs(Regs.RAX);
        cx.emit(Op.MOV, Width.Q, r(d[0]), r(Regs.RAX));
        CompareLowering.materialize(cx, FlagTest.of(Cond.E), d[1]);
    }

    static void fence(LoweringContext cx, FenceInstruction f) {
        if (f.ordering() == AtomicOrdering.SEQ_CST) {
            cx.emit(Op.MFENCE, null);
        }
    }
}
