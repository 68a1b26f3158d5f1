package org.hotlink.backend.x86.lower;

import static org.hotlink.backend.x86.lower.LoweringContext.imm;
import static org.hotlink.backend.x86.lower.LoweringContext.r;

import java.util.List;

import org.hotlink.backend.x86.mir.FrameSlot;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.codegen.common.SymbolicAddress;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.ArrayType;
import org.hotlink.ir.AtomicOrdering;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.StructType;
import org.hotlink.ir.Type;
import org.hotlink.ir.Value;
import org.hotlink.ir.VectorType;

/**
 * Loads, stores, getelementptr and alloca. Addresses of static allocas and of globals defined in
 * the module are folded into the memory operand ({@code [rbp-N]}, {@code [rip+sym]}).
 * On x86-64 (TSO) atomic loads and release stores are plain moves; sequentially consistent stores
 * use XCHG.
 */
final class MemoryLowering {
    private MemoryLowering() {
    }

    /** A memory operand for the address held by {@code pointer}. */
    static Operand.Mem address(LoweringContext cx, Value pointer) throws UnsupportedConstructException {
        if (pointer instanceof AllocaInstruction a) {
            FrameSlot slot = cx.staticAllocas.get(a);
            if (slot != null) {
                return Operand.Mem.slot(slot, 0);
            }
        }
        if (pointer instanceof Constant c && !(pointer instanceof org.hotlink.ir.ConstantNull)) {
            if (ConstantMaterializer.tryEvaluate(cx, c) instanceof SymbolicAddress a && !a.isBlockAddress()
                    && !(a.target() instanceof org.hotlink.ir.Function) && !a.target().isThreadLocal()
                    && cx.symbols.isDirect(a.target()) && LoweringContext.fitsImm32(a.offset())) {
                return Operand.Mem.symbol(cx.symbols.symbolOf(a.target()), a.offset());
            }
        }
        return Operand.Mem.of(cx.use(pointer), 0);
    }

    static void load(LoweringContext cx, LoadInstruction l) throws UnsupportedConstructException {
        Type t = l.type();
        Operand.Mem m = address(cx, l.pointer());
        int[] d = cx.resultRegs(l);
        if (ValueKinds.isScalar(t)) {
            loadScalar(cx, t, d[0], m);
            return;
        }
        if (l.isAtomic()) {
            throw cx.unsupported("atomic load of " + t);
        }
        if (ValueKinds.isI128(t) || MultiWordLowering.isMultiWord(t)) {
            int last = d.length - 1;
            for (int w = 0; w < last; w++) {
                cx.emit(Op.LOAD, Width.Q, r(d[w]), m.withDisp(m.disp() + 8L * w));
            }
            loadScalar(cx, org.hotlink.ir.IntegerType.get(ValueKinds.bits(t) - 64 * last), d[last], m.withDisp(m.disp() + 8L * last));
            return;
        }
        List<ValueKinds.Leaf> leaves = ValueKinds.leaves(t, cx.layout);
        for (int i = 0; i < leaves.size(); i++) {
            requireScalar(cx, leaves.get(i).type());
            loadScalar(cx, leaves.get(i).type(), d[i], m.withDisp(m.disp() + leaves.get(i).offset()));
        }
    }

    static void loadScalar(LoweringContext cx, Type t, int d, Operand.Mem m) {
        if (ValueKinds.isXmmScalar(t)) {
            cx.emit(Op.FLOAD, ValueKinds.isFloatPair(t) ? Width.SD : ValueKinds.floatWidth(t), r(d), m);
            return;
        }
        if (!ValueKinds.isStandardInteger(t) && !t.isPointer()) {
            loadOddInteger(cx, t, d, m);
            return;
        }
        Width w = ValueKinds.exactWidth(t);
        if (w == Width.B || w == Width.W) {
            cx.emit(Op.LOAD_ZX, Width.L, r(d), m).sourceWidth(w);
        } else {
            cx.emit(Op.LOAD, w, r(d), m);
        }
        if (ValueKinds.bits(t) == 1) {
            cx.emit(Op.AND, Width.L, r(d), imm(1));
        }
    }

    /** Bytes of a value of integer type {@code t} in memory (its store size). */
    private static int storeBytes(Type t) {
        return (ValueKinds.bits(t) + 7) / 8;
    }

    /** Pieces of 4, 2 and 1 bytes covering {@code bytes} from offset 0 upwards: {offset, size} pairs. */
    private static int[][] pieces(int bytes) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int offset = 0;
        for (int size : new int[]{4, 2, 1}) {
            while (bytes - offset >= size) {
                out.add(new int[]{offset, size});
                offset += size;
            }
        }
        return out.toArray(new int[0][]);
    }

    /** A load of an integer whose store size is not 1, 2, 4 or 8 bytes (bit-field units such as i40): assembled piecewise. */
    private static void loadOddInteger(LoweringContext cx, Type t, int d, Operand.Mem m) {
        int bytes = storeBytes(t);
        if (bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8) {
            Width w = Width.ofIntegerBytes(bytes);
            if (bytes < 4) {
                cx.emit(Op.LOAD_ZX, Width.L, r(d), m).sourceWidth(w);
            } else {
                cx.emit(Op.LOAD, w, r(d), m);
            }
            return;
        }
        cx.emit(Op.MOV_IMM, Width.Q, r(d), imm(0));
        for (int[] piece : pieces(bytes)) {
            int part = cx.gpr();
            Width w = Width.ofIntegerBytes(piece[1]);
            if (piece[1] < 4) {
                cx.emit(Op.LOAD_ZX, Width.L, r(part), m.withDisp(m.disp() + piece[0])).sourceWidth(w);
            } else {
                cx.emit(Op.LOAD, Width.L, r(part), m.withDisp(m.disp() + piece[0]));
            }
            if (piece[0] > 0) {
                cx.emit(Op.SHL_IMM, Width.Q, r(part), imm(8L * piece[0]));
            }
            cx.emit(Op.OR, Width.Q, r(d), r(part));
        }
    }

    /** The store matching {@link #loadOddInteger}: the value's bytes written piece by piece. */
    private static void storeOddInteger(LoweringContext cx, Type t, int v, Operand.Mem m) {
        int bytes = storeBytes(t);
        if (bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8) {
            cx.emit(Op.STORE, Width.ofIntegerBytes(bytes), m, r(v));
            return;
        }
        for (int[] piece : pieces(bytes)) {
            int part = cx.copy(v);
            if (piece[0] > 0) {
                cx.emit(Op.SHR_IMM, Width.Q, r(part), imm(8L * piece[0]));
            }
            cx.emit(Op.STORE, Width.ofIntegerBytes(piece[1]), m.withDisp(m.disp() + piece[0]), r(part));
        }
    }

    static void store(LoweringContext cx, StoreInstruction s) throws UnsupportedConstructException {
        Type t = s.value().type();
        Operand.Mem m = address(cx, s.pointer());
        boolean seqCst = s.ordering() == AtomicOrdering.SEQ_CST;
        if (ValueKinds.isScalar(t)) {
            if (seqCst && ValueKinds.isGprScalar(t)) {
                int v = cx.copy(cx.use(s.value()));
                cx.emit(Op.XCHG_MEM, ValueKinds.exactWidth(t), r(v), m);
                return;
            }
            storeScalar(cx, t, s.value(), m);
            if (seqCst) {
                cx.emit(Op.MFENCE, null);
            }
            return;
        }
        if (s.isAtomic()) {
            throw cx.unsupported("atomic store of " + t);
        }
        int[] parts = cx.parts(s.value());
        if (ValueKinds.isI128(t) || MultiWordLowering.isMultiWord(t)) {
            int last = parts.length - 1;
            for (int w = 0; w < last; w++) {
                cx.emit(Op.STORE, Width.Q, m.withDisp(m.disp() + 8L * w), r(parts[w]));
            }
            storeRegister(cx, org.hotlink.ir.IntegerType.get(ValueKinds.bits(t) - 64 * last), parts[last], m.withDisp(m.disp() + 8L * last));
            return;
        }
        List<ValueKinds.Leaf> leaves = ValueKinds.leaves(t, cx.layout);
        for (int i = 0; i < leaves.size(); i++) {
            requireScalar(cx, leaves.get(i).type());
            storeRegister(cx, leaves.get(i).type(), parts[i], m.withDisp(m.disp() + leaves.get(i).offset()));
        }
    }

    private static void storeScalar(LoweringContext cx, Type t, Value value, Operand.Mem m) throws UnsupportedConstructException {
        if (t.isInteger() && !ValueKinds.isStandardInteger(t)) {
            storeOddInteger(cx, t, cx.use(value), m);
            return;
        }
        if (value instanceof ConstantInt k && k.bits() <= 64 && LoweringContext.fitsImm32(k.longValue())) {
            cx.emit(Op.STORE_IMM, ValueKinds.exactWidth(t), m, imm(k.bits() == 1 ? (k.isZero() ? 0 : 1) : k.longValue()));
            return;
        }
        if (value instanceof org.hotlink.ir.ConstantNull) {
            cx.emit(Op.STORE_IMM, Width.Q, m, imm(0));
            return;
        }
        storeRegister(cx, t, cx.use(value), m);
    }

    static void storeRegister(LoweringContext cx, Type t, int v, Operand.Mem m) {
        if (ValueKinds.isXmmScalar(t)) {
            cx.emit(Op.FSTORE, ValueKinds.isFloatPair(t) ? Width.SD : ValueKinds.floatWidth(t), m, r(v));
        } else if (t.isInteger() && !ValueKinds.isStandardInteger(t)) {
            storeOddInteger(cx, t, v, m);
        } else {
            cx.emit(Op.STORE, ValueKinds.exactWidth(t), m, r(v));
        }
    }

    private static void requireScalar(LoweringContext cx, Type t) throws UnsupportedConstructException {
        if (!ValueKinds.isScalar(t)) {
            throw cx.unsupported("memory access of type " + t);
        }
    }

    static void getElementPtr(LoweringContext cx, GetElementPtrInstruction g) throws UnsupportedConstructException {
        if (g.type().isVector()) {
            throw cx.unsupported("getelementptr producing a vector of pointers");
        }
        int d = cx.result(g);
        Operand.Mem base = address(cx, g.pointer());
        long offset = base.disp();
        int reg = Regs.NONE;
        Operand.Mem start = base.withDisp(0);
        Type t = g.sourceElementType();
        List<Value> indices = g.indices();
        for (int k = 0; k < indices.size(); k++) {
            Value index = indices.get(k);
            long stride;
            if (k == 0) {
                stride = cx.allocSizeOf(t);
            } else if (t instanceof StructType s) {
                if (!(index instanceof ConstantInt ci)) {
                    throw cx.unsupported("non-constant struct index in getelementptr");
                }
                offset += cx.structLayout(s).offsetOf((int) ci.longValue());
                t = s.element((int) ci.longValue());
                continue;
            } else if (t instanceof ArrayType a) {
                t = a.elementType();
                stride = cx.allocSizeOf(t);
            } else if (t instanceof VectorType v) {
                t = v.elementType();
                stride = cx.allocSizeOf(t);
            } else {
                throw cx.unsupported("getelementptr into " + t);
            }
            if (index.type().isVector()) {
                throw cx.unsupported("getelementptr with a vector index");
            }
            if (index instanceof ConstantInt ci) {
                offset += ci.longValue() * stride;
                continue;
            }
            // variable index: sign-extend to 64 bits, scale, add to the running register
            int idx = IntegerLowering.extendTo64(cx, cx.use(index), ValueKinds.bits(index.type()), true);
            if (reg == Regs.NONE) {
                reg = cx.gpr();
                cx.emit(Op.LEA, Width.Q, r(reg), start);
            }
            if (stride == 1 || stride == 2 || stride == 4 || stride == 8) {
                int next = cx.gpr();
                cx.emit(Op.LEA, Width.Q, r(next), Operand.Mem.indexed(reg, idx, (int) stride, 0));
                reg = next;
            } else {
                int scaled = cx.copy(idx);
                if (LoweringContext.fitsImm32(stride)) {
                    cx.emit(Op.IMUL, Width.Q, r(scaled), imm(stride));
                } else {
                    cx.emit(Op.IMUL, Width.Q, r(scaled), r(cx.constant(stride)));
                }
                int next = cx.copy(reg);
                cx.emit(Op.ADD, Width.Q, r(next), r(scaled));
                reg = next;
            }
        }
        Operand.Mem finalAddress = reg == Regs.NONE ? start : Operand.Mem.of(reg, 0);
        if (LoweringContext.fitsImm32(offset)) {
            cx.emit(Op.LEA, Width.Q, r(d), finalAddress.withDisp(offset));
        } else {
            cx.emit(Op.LEA, Width.Q, r(d), finalAddress);
            ConstantMaterializer.addConstant(cx, d, offset);
        }
    }

    static void alloca(LoweringContext cx, AllocaInstruction a) throws UnsupportedConstructException {
        int d = cx.result(a);
        FrameSlot slot = cx.staticAllocas.get(a);
        if (slot != null) {
            cx.emit(Op.LEA, Width.Q, r(d), Operand.Mem.slot(slot, 0));
            return;
        }
        long alignment = Math.max(16, Math.max(a.alignment(), cx.layout.abiAlignmentOf(a.allocatedType())));
        if (Long.bitCount(alignment) != 1 || alignment > 4096) {
            throw cx.unsupported("alloca aligned to " + alignment + " bytes");
        }
        long elementSize = cx.layout.allocSizeOf(a.allocatedType());
        int count = IntegerLowering.extendTo64(cx, cx.use(a.count()), ValueKinds.bits(a.count().type()), false);
        int size = cx.copy(count);
        cx.emit(Op.IMUL, Width.Q, r(size), imm(elementSize));
        cx.emit(Op.ADD, Width.Q, r(size), imm(15));
        cx.emit(Op.AND, Width.Q, r(size), imm(-16));
        cx.emit(Op.SUB, Width.Q, r(Regs.RSP), r(size));
        if (alignment > 16) {
            cx.emit(Op.AND, Width.Q, r(Regs.RSP), imm(-alignment));
        }
        cx.emit(Op.MOV, Width.Q, r(d), r(Regs.RSP));
        cx.mf.markDynamicStack();
    }
}
