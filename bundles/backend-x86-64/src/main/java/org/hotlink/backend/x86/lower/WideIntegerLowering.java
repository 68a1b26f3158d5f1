package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BinaryInstruction;

/** i128 arithmetic on (low, high) register pairs: add/sub with carry and the bitwise operations. */
final class WideIntegerLowering {
    private WideIntegerLowering() {
    }

    static void binary(LoweringContext cx, BinaryInstruction b) throws UnsupportedConstructException {
        int[] a = cx.parts(b.lhs());
        int[] c = cx.parts(b.rhs());
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
            default -> throw cx.unsupported("i128 " + b.opcode().name().toLowerCase());
        }
        // both moves first: the carry must flow straight from the low operation into the high one
        cx.emit(Op.MOV, Width.Q, r(d[0]), r(a[0]));
        cx.emit(Op.MOV, Width.Q, r(d[1]), r(a[1]));
        cx.emit(low, Width.Q, r(d[0]), r(c[0]));
        cx.emit(high, Width.Q, r(d[1]), r(c[1]));
    }
}
