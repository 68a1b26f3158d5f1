package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BinaryInstruction;

/** i128 arithmetic on (low, high) register pairs: add/sub with carry, bitwise operations, shifts, multiply; division through libgcc. */
final class WideIntegerLowering {
    private WideIntegerLowering() {
    }

    /** The high half of a pair of an {@code bits}-bit integer with the bits above {@code bits} made defined. */
    static int normalizedHigh(LoweringContext cx, int high, int bits, boolean signed) {
        return bits >= 128 ? high : IntegerLowering.extendTo64(cx, high, bits - 64, signed);
    }

    static void binary(LoweringContext cx, BinaryInstruction b) throws UnsupportedConstructException {
        int[] a = cx.parts(b.lhs());
        int[] c = cx.parts(b.rhs());
        int bits = ValueKinds.bits(b.type());
        boolean signedOp = b.opcode() == org.hotlink.ir.Opcode.SDIV || b.opcode() == org.hotlink.ir.Opcode.SREM
                || b.opcode() == org.hotlink.ir.Opcode.ASHR;
        if (bits < 128 && (signedOp || b.opcode() == org.hotlink.ir.Opcode.UDIV || b.opcode() == org.hotlink.ir.Opcode.UREM
                || b.opcode() == org.hotlink.ir.Opcode.LSHR)) {
            a = new int[]{a[0], normalizedHigh(cx, a[1], bits, signedOp)};
            c = new int[]{c[0], normalizedHigh(cx, c[1], bits, signedOp)};
        }
        int[] d = cx.resultRegs(b);
        Op low;
        Op high;
        switch (b.opcode()) {
            case ADD -> {
                low = Op.ADD;
                high = Op.ADC;
            }
            case SUB -> {
                low = Op.SUB;
                high = Op.SBB;
            }
            case AND -> {
                low = Op.AND;
                high = Op.AND;
            }
            case OR -> {
                low = Op.OR;
                high = Op.OR;
            }
            case XOR -> {
                low = Op.XOR;
                high = Op.XOR;
            }
            case SHL, LSHR, ASHR -> {
                shift(cx, b, a, d);
                return;
            }
            case MUL -> {
                multiply(cx, a, c, d);
                return;
            }
            case UDIV, SDIV, UREM, SREM -> {
                String fn = switch (b.opcode()) {
                    case UDIV -> "__udivti3";
                    case SDIV -> "__divti3";
                    case UREM -> "__umodti3";
                    default -> "__modti3";
                };
                cx.libraryCalls.add(fn);
                int[] res = CallLowering.emitCall(cx, new org.hotlink.backend.x86.mir.Operand.Symbol(fn),
                        java.util.List.of(b.type(), b.type()),
                        java.util.List.of(org.hotlink.ir.AttributeSet.EMPTY, org.hotlink.ir.AttributeSet.EMPTY),
                        new int[][]{a, c}, false, false, b.type());
                cx.move(d[0], res[0]);
                cx.move(d[1], res[1]);
                return;
            }
            default -> throw cx.unsupported("i128 " + b.opcode().name().toLowerCase());
        }
        // both moves first: the carry must flow straight from the low operation into the high one
        cx.emit(Op.MOV, Width.Q, r(d[0]), r(a[0]));
        cx.emit(Op.MOV, Width.Q, r(d[1]), r(a[1]));
        cx.emit(low, Width.Q, r(d[0]), r(c[0]));
        cx.emit(high, Width.Q, r(d[1]), r(c[1]));
    }

    /** 128-bit shifts: SHLD/SHRD by CL (mod 64), then a count of 64 or more moves one half into the other. */
    private static void shift(LoweringContext cx, BinaryInstruction b, int[] a, int[] d) throws UnsupportedConstructException {
        int count = cx.parts(b.rhs())[0];
        int zero = cx.constant(0);
        int lo = cx.copy(a[0]);
        int hi = cx.copy(a[1]);
        int sign = cx.copy(a[1]);
        cx.emit(Op.SAR_IMM, Width.Q, r(sign), LoweringContext.imm(63));
        cx.emit(Op.MOV, Width.Q, r(Regs.RCX), r(count));
        switch (b.opcode()) {
            case SHL -> {
                cx.emit(Op.SHLD, Width.Q, r(hi), r(lo)).implicitUses(Regs.RCX);
                cx.emit(Op.SHL, Width.Q, r(lo)).implicitUses(Regs.RCX);
                cx.emit(Op.TEST, Width.L, r(count), LoweringContext.imm(64));
                cx.emit(Op.CMOV, Width.Q, r(hi), r(lo)).cond(Cond.NE);
                cx.emit(Op.CMOV, Width.Q, r(lo), r(zero)).cond(Cond.NE);
            }
            default -> {
                boolean arithmetic = b.opcode() == org.hotlink.ir.Opcode.ASHR;
                cx.emit(Op.SHRD, Width.Q, r(lo), r(hi)).implicitUses(Regs.RCX);
                cx.emit(arithmetic ? Op.SAR : Op.SHR, Width.Q, r(hi)).implicitUses(Regs.RCX);
                cx.emit(Op.TEST, Width.L, r(count), LoweringContext.imm(64));
                cx.emit(Op.CMOV, Width.Q, r(lo), r(hi)).cond(Cond.NE);
                cx.emit(Op.CMOV, Width.Q, r(hi), r(arithmetic ? sign : zero)).cond(Cond.NE);
            }
        }
        cx.emit(Op.MOV, Width.Q, r(d[0]), r(lo));
        cx.emit(Op.MOV, Width.Q, r(d[1]), r(hi));
    }

    /** Low halves multiplied to 128 bits (MUL), plus both cross products into the high half. */
    private static void multiply(LoweringContext cx, int[] a, int[] c, int[] d) {
        int cross1 = cx.copy(a[0]);
        cx.emit(Op.IMUL, Width.Q, r(cross1), r(c[1]));
        int cross2 = cx.copy(a[1]);
        cx.emit(Op.IMUL, Width.Q, r(cross2), r(c[0]));
        cx.emit(Op.MOV, Width.Q, r(Regs.RAX), r(a[0]));
        cx.emit(Op.MUL_WIDE, Width.Q, r(c[0])).implicitUses(Regs.RAX)
                .implicitDefs(Regs.RAX, Regs.RDX);
        cx.emit(Op.MOV, Width.Q, r(d[0]), r(Regs.RAX));
        cx.emit(Op.MOV, Width.Q, r(d[1]), r(Regs.RDX));
        cx.emit(Op.ADD, Width.Q, r(d[1]), r(cross1));
        cx.emit(Op.ADD, Width.Q, r(d[1]), r(cross2));
    }
}
