package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.IntegerType;
import org.hotlink.ir.Type;

/**
 * Integers wider than 128 bits (the bit-field storage units clang makes of packed structs, such
 * as i136): one GPR per 64-bit word, low word first, bits above the width undefined. Supported
 * are what bit-field code needs: bitwise operations and shifts by constants (loads, stores and
 * truncation live with the other memory and cast lowering).
 */
final class MultiWordLowering {
    private MultiWordLowering() {
    }

    static boolean isMultiWord(Type t) {
        return t instanceof IntegerType i && i.bits() > 128;
    }

    static int words(Type t) {
        return (ValueKinds.bits(t) + 63) / 64;
    }

    static void binary(LoweringContext cx, BinaryInstruction b) throws UnsupportedConstructException {
        int[] a = cx.parts(b.lhs());
        int[] d = cx.resultRegs(b);
        int bits = ValueKinds.bits(b.type());
        switch (b.opcode()) {
            case AND, OR, XOR -> {
                int[] c = cx.parts(b.rhs());
                Op op = b.opcode() == org.hotlink.ir.Opcode.AND ? Op.AND : b.opcode() == org.hotlink.ir.Opcode.OR ? Op.OR : Op.XOR;
                for (int i = 0; i < d.length; i++) {
                    cx.emit(Op.MOV, Width.Q, r(d[i]), r(a[i]));
                    cx.emit(op, Width.Q, r(d[i]), r(c[i]));
                }
            }
            case SHL, LSHR, ASHR -> {
                if (!(b.rhs() instanceof ConstantInt k) || k.value().signum() < 0 || k.value().bitLength() > 31) {
                    throw cx.unsupported(b.opcode().name().toLowerCase() + " of " + b.type() + " by a non-constant amount");
                }
                shift(cx, b.opcode(), a, d, bits, (int) k.longValue());
            }
            default -> throw cx.unsupported(b.opcode().name().toLowerCase() + " on " + b.type());
        }
    }

    private static void shift(LoweringContext cx, org.hotlink.ir.Opcode opcode, int[] a, int[] d, int bits, int amount) {
        int n = a.length;
        int[] src = a.clone();
        int topBits = bits - 64 * (n - 1);
        boolean arithmetic = opcode == org.hotlink.ir.Opcode.ASHR;
        if (opcode != org.hotlink.ir.Opcode.SHL) {
            src[n - 1] = IntegerLowering.extendTo64(cx, a[n - 1], topBits, arithmetic);
        }
        int fill;
        if (arithmetic) {
            fill = cx.copy(src[n - 1]);
            cx.emit(Op.SAR_IMM, Width.Q, r(fill), imm(63));
        } else {
            fill = cx.constant(0);
        }
        int ws = amount / 64;
        int bs = amount % 64;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int lowIndex;
            int highIndex;
            if (opcode == org.hotlink.ir.Opcode.SHL) {
                // out[i] = src[i-ws] << bs | src[i-ws-1] >> (64-bs)
                highIndex = i - ws;
                lowIndex = i - ws - 1;
                int high = highIndex >= 0 && highIndex < n ? src[highIndex] : fill;
                int low = lowIndex >= 0 && lowIndex < n ? src[lowIndex] : fill;
                int t = cx.copy(high);
                if (bs > 0) {
                    cx.emit(Op.SHLD_IMM, Width.Q, r(t), r(low), imm(bs));
                }
                out[i] = t;
            } else {
                // out[i] = src[i+ws] >> bs | src[i+ws+1] << (64-bs)
                lowIndex = i + ws;
                highIndex = i + ws + 1;
                int low = lowIndex < n ? src[lowIndex] : fill;
                int high = highIndex < n ? src[highIndex] : fill;
                int t = cx.copy(low);
                if (bs > 0) {
                    cx.emit(Op.SHRD_IMM, Width.Q, r(t), r(high), imm(bs));
                }
                out[i] = t;
            }
        }
        for (int i = 0; i < n; i++) {
            cx.emit(Op.MOV, Width.Q, r(d[i]), r(out[i]));
        }
    }
}
