package org.hotlink.backend.x86.emit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotlink.backend.x86.mir.Check;
import org.hotlink.backend.x86.mir.Cond;
import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.mir.MachineInstruction;
import org.hotlink.backend.x86.mir.Op;
import org.hotlink.backend.x86.mir.Operand;
import org.hotlink.backend.x86.mir.Regs;
import org.hotlink.backend.x86.mir.Width;
import org.hotlink.x86.asm.Address;
import org.hotlink.x86.asm.AluOperation;
import org.hotlink.x86.asm.CodeBuffer;
import org.hotlink.x86.asm.Condition;
import org.hotlink.x86.asm.Gpr;
import org.hotlink.x86.asm.Label;
import org.hotlink.x86.asm.OperandSize;
import org.hotlink.x86.asm.RelocationKind;
import org.hotlink.x86.asm.ShiftOperation;
import org.hotlink.x86.asm.UnaryOperation;
import org.hotlink.x86.asm.X86Assembler;
import org.hotlink.x86.asm.X86BitAndAtomicInstructions.BitCountOperation;
import org.hotlink.x86.asm.Xmm;

/**
 * Encodes an allocated machine function (physical registers only) through the assembler: the
 * prologue, each block at a label (a jump to the next block is dropped), and the epilogue at
 * every RET. Frame slots become {@code [rbp+offset]}, symbol operands RIP-relative relocations.
 */
public final class MachineCodeEmitter {
    private static final Gpr[] GPRS = Gpr.values();
    private static final Xmm[] XMMS = Xmm.values();
    private static final Condition[] CONDITIONS = Condition.values();
    private final MachineFunction function;
    private final FrameLayout frame;
    private final CodeBuffer buffer;
    private final X86Assembler asm;
    /** Label of each block, by layout index. */
    private Label[] labels;

    public MachineCodeEmitter(MachineFunction function, FrameLayout frame) {
        this.function = function;
        this.frame = frame;
        int instructions = 0;
        for (MachineBlock b : function.blocks()) {
            instructions += b.instructions().size();
        }
        this.buffer = new CodeBuffer(64 + 5 * instructions);
        this.asm = new X86Assembler(buffer);
    }

    public EmittedFunction emit() {
        List<MachineBlock> blocks = function.blocks();
        labels = new Label[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            MachineBlock b = blocks.get(i);
            b.setLayoutIndex(i);
            labels[i] = Label.describedBy(b);
        }
        prologue();
        Map<String, Integer> blockSymbols = new LinkedHashMap<>();
        int[] blockOffsets = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            MachineBlock b = blocks.get(i);
            MachineBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            asm.bind(labels[i]);
            blockOffsets[i] = buffer.position();
            if (b.addressSymbol() != null) {
                blockSymbols.put(b.addressSymbol(), buffer.position());
            }
            List<MachineInstruction> list = b.instructions();
            for (int k = 0; k < list.size(); k++) {
                MachineInstruction in = list.get(k);
                if (in.op() == Op.JMP && forward(target(in)) == next) {
                    continue;
                }
                if (in.op() == Op.JCC && k + 1 < list.size() && list.get(k + 1).op() == Op.JMP
                        && forward(target(in)) == next && forward(target(list.get(k + 1))) != next) {
                    // "jcc next; jmp other" becomes "j!cc other" falling through to next
                    asm.jcc(condition(in.cond().negate()), labelOf(forward(target(list.get(k + 1)))));
                    k++;
                    continue;
                }
                emit(in);
            }
        }
        byte[] code = buffer.finish();
        Map<MachineFunction.JumpTable, int[]> tables = new LinkedHashMap<>();
        for (MachineFunction.JumpTable table : function.jumpTables()) {
            int[] offsets = new int[table.targets().size()];
            for (int i = 0; i < offsets.length; i++) {
                MachineBlock target = table.targets().get(i);
                if (!isInFunction(target)) {
                    throw Check.broken("jump table target " + target + " was not emitted");
                }
                offsets[i] = blockOffsets[target.layoutIndex()];
            }
            tables.put(table, offsets);
        }
        return new EmittedFunction(code, List.copyOf(buffer.relocations()), blockSymbols, tables);
    }

    private void prologue() {
        asm.pushq(Gpr.RBP);
        asm.movq(Gpr.RBP, Gpr.RSP);
        for (int r : frame.savedRegisters()) {
            asm.pushq(gpr(r));
        }
        if (frame.frameBytes() > 0) {
            asm.alu(AluOperation.SUB, OperandSize.QWORD, Gpr.RSP, frame.frameBytes());
        }
    }

    private void epilogue() {
        List<Integer> saved = frame.savedRegisters();
        if (saved.isEmpty()) {
            asm.movq(Gpr.RSP, Gpr.RBP);
        } else {
            asm.lea(OperandSize.QWORD, Gpr.RSP, Address.of(Gpr.RBP, -8 * saved.size()));
            for (int i = saved.size() - 1; i >= 0; i--) {
                asm.popq(gpr(saved.get(i)));
            }
        }
        asm.popq(Gpr.RBP);
        asm.ret();
    }

    private static Gpr gpr(int reg) {
        if (reg >= 0 && reg < 16) {
            return GPRS[reg];
        }
        throw Check.broken("expected a general-purpose register, got " + Regs.name(reg));
    }

    private static Xmm xmm(int reg) {
        if (Regs.isXmm(reg)) {
            return XMMS[reg - Regs.XMM0];
        }
        throw Check.broken("expected an XMM register, got " + Regs.name(reg));
    }

    private static OperandSize size(Width w) {
        return switch (w) {
            case B -> OperandSize.BYTE;
            case W -> OperandSize.WORD;
            case L, SS -> OperandSize.DWORD;
            case Q, SD, PS -> OperandSize.QWORD;
        };
    }

    private static Condition condition(Cond c) {
        return CONDITIONS[c.ordinal()];
    }

    private Address address(Operand.Mem m) {
        if (m.slot() != null) {
            return Address.of(Gpr.RBP, Math.toIntExact(m.slot().rbpOffset() + m.disp()));
        }
        if (m.symbol() != null) {
            return m.got() ? Address.ripSymbol(m.symbol(), RelocationKind.GOTPCREL, 0)
                    : Address.ripSymbol(m.symbol(), RelocationKind.PC32, m.disp());
        }
        if (m.index() != Regs.NONE) {
            return Address.of(gpr(m.base()), gpr(m.index()), m.scale(), Math.toIntExact(m.disp()));
        }
        return Address.of(gpr(m.base()), Math.toIntExact(m.disp()));
    }

    private Label label(MachineInstruction in, int i) {
        return labelOf(forward(((Operand.Block) in.operand(i)).target()));
    }

    private boolean isInFunction(MachineBlock b) {
        int i = b.layoutIndex();
        List<MachineBlock> blocks = function.blocks();
        return i >= 0 && i < blocks.size() && blocks.get(i) == b;
    }

    /** The label of block {@code b}; null for a block outside the function (the assembler rejects it). */
    private Label labelOf(MachineBlock b) {
        return isInFunction(b) ? labels[b.layoutIndex()] : null;
    }

    private static MachineBlock target(MachineInstruction in) {
        return ((Operand.Block) in.operand(0)).target();
    }

    /** The block a jump to {@code block} ends up in, skipping blocks that hold nothing but a jump. */
    private static MachineBlock forward(MachineBlock block) {
        MachineBlock b = block;
        for (int hops = 0; hops < 8; hops++) {
            List<MachineInstruction> list = b.instructions();
            if (list.size() != 1 || list.get(0).op() != Op.JMP || b.addressSymbol() != null) {
                return b;
            }
            b = target(list.get(0));
        }
        return b;
    }

    private void emit(MachineInstruction in) {
        Op op = in.op();
        switch (op) {
            case MOV -> {
                if (in.reg(0) != in.reg(1)) {
                    asm.movq(gpr(in.reg(0)), gpr(in.reg(1)));
                }
            }
            case MOV_IMM -> {
                long v = ((Operand.Imm) in.operand(1)).value();
                if (v >= 0 && v <= 0xFFFFFFFFL) {
                    asm.mov(OperandSize.DWORD, gpr(in.reg(0)), v);
                } else {
                    asm.mov(OperandSize.QWORD, gpr(in.reg(0)), v);
                }
            }
            case LOAD -> asm.mov(size(in.width()), gpr(in.reg(0)), address(in.mem(1)));
            case LOAD_ZX, LOAD_SX -> loadExtended(in);
            case STORE -> asm.mov(size(in.width()), address(in.mem(0)), gpr(in.reg(1)));
            case STORE_IMM -> asm.mov(size(in.width()), address(in.mem(0)), imm(in, 1));
            case LEA -> asm.lea(OperandSize.QWORD, gpr(in.reg(0)), address(in.mem(1)));
            case ADD -> alu(in, AluOperation.ADD);
            case SUB -> alu(in, AluOperation.SUB);
            case AND -> alu(in, AluOperation.AND);
            case OR -> alu(in, AluOperation.OR);
            case XOR -> alu(in, AluOperation.XOR);
            case ADC -> alu(in, AluOperation.ADC);
            case SBB -> alu(in, AluOperation.SBB);
            case CMP -> alu(in, AluOperation.CMP);
            case IMUL -> {
                if (in.operand(1) instanceof Operand.Imm k) {
                    asm.imul(size(in.width()), gpr(in.reg(0)), gpr(in.reg(0)), k.value());
                } else {
                    asm.imul(size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
                }
            }
            case TEST -> {
                if (in.operand(1) instanceof Operand.Imm k) {
                    asm.test(size(in.width()), gpr(in.reg(0)), k.value());
                } else {
                    asm.test(size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
                }
            }
            case SHL, SHR, SAR, ROL, ROR -> asm.shiftByCl(shiftOperation(op), size(in.width()), gpr(in.reg(0)));
            case SHL_IMM, SHR_IMM, SAR_IMM, ROL_IMM, ROR_IMM -> asm.shift(
                    shiftOperation(op), size(in.width()), gpr(in.reg(0)), (int) imm(in, 1));
            case SHLD, SHRD -> asm.doubleShiftByCl(op == Op.SHLD, size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
            case SHLD_IMM, SHRD_IMM -> asm.doubleShift(op == Op.SHLD_IMM, size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)),
                    (int) imm(in, 2));
            case NEG -> asm.unary(UnaryOperation.NEG, size(in.width()), gpr(in.reg(0)));
            case NOT -> asm.unary(UnaryOperation.NOT, size(in.width()), gpr(in.reg(0)));
            case BSWAP -> asm.bswap(size(in.width()), gpr(in.reg(0)));
            case MOVZX, MOVSX -> extendRegister(in);
            case SIGN_EXTEND_AX -> {
                switch (in.width()) {
                    case W -> asm.cwtd();
                    case L -> asm.cltd();
                    default -> asm.cqto();
                }
            }
            case DIV -> asm.unary(UnaryOperation.DIV, size(in.width()), gpr(in.reg(0)));
            case IDIV -> asm.unary(UnaryOperation.IDIV, size(in.width()), gpr(in.reg(0)));
            case MUL_WIDE -> asm.unary(UnaryOperation.MUL, size(in.width()), gpr(in.reg(0)));
            case IMUL_WIDE -> asm.unary(UnaryOperation.IMUL, size(in.width()), gpr(in.reg(0)));
            case BSF -> asm.bitCount(BitCountOperation.BSF, size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
            case BSR -> asm.bitCount(BitCountOperation.BSR, size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
            case POPCNT -> asm.bitCount(BitCountOperation.POPCNT, size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
            case SETCC -> asm.setcc(condition(in.cond()), gpr(in.reg(0)));
            case CMOV -> asm.cmov(condition(in.cond()), in.width() == Width.Q ? OperandSize.QWORD : OperandSize.DWORD,
                    gpr(in.reg(0)), gpr(in.reg(1)));
            case XCHG_MEM -> asm.xchg(size(in.width()), address(in.mem(1)), gpr(in.reg(0)));
            case XADD_MEM -> asm.lockXadd(size(in.width()), address(in.mem(1)), gpr(in.reg(0)));
            case CMPXCHG_MEM -> asm.lockCmpxchg(size(in.width()), address(in.mem(0)), gpr(in.reg(1)));
            case MFENCE -> asm.mfence();
            case JMP -> asm.jmp(label(in, 0));
            case JCC -> asm.jcc(condition(in.cond()), label(in, 0));
            case JMP_REG -> asm.jmp(gpr(in.reg(0)));
            case JMP_TABLE -> asm.jmp(Address.of(gpr(in.reg(1)), gpr(in.reg(0)), 8, 0));
            case RET -> epilogue();
            case UD2 -> asm.ud2();
            case CALL -> asm.call(((Operand.Symbol) in.operand(0)).name());
            case CALL_REG -> asm.call(gpr(in.reg(0)));
            case FMOV -> {
                if (in.reg(0) != in.reg(1)) {
                    asm.movaps(xmm(in.reg(0)), xmm(in.reg(1)));
                }
            }
            case FLOAD -> {
                if (in.width() == Width.SS) {
                    asm.movss(xmm(in.reg(0)), address(in.mem(1)));
                } else {
                    asm.movsd(xmm(in.reg(0)), address(in.mem(1)));
                }
            }
            case FSTORE -> {
                if (in.width() == Width.SS) {
                    asm.movss(address(in.mem(0)), xmm(in.reg(1)));
                } else {
                    asm.movsd(address(in.mem(0)), xmm(in.reg(1)));
                }
            }
            case FADD, FSUB, FMUL, FDIV, FMIN, FMAX -> floatArithmetic(in);
            case FSQRT -> {
                if (in.width() == Width.SS) {
                    asm.sqrtss(xmm(in.reg(0)), xmm(in.reg(1)));
                } else {
                    asm.sqrtsd(xmm(in.reg(0)), xmm(in.reg(1)));
                }
            }
            case FAND -> asm.andps(xmm(in.reg(0)), xmm(in.reg(1)));
            case FOR -> asm.orps(xmm(in.reg(0)), xmm(in.reg(1)));
            case FXOR -> asm.xorps(xmm(in.reg(0)), xmm(in.reg(1)));
            case FANDN -> asm.andnps(xmm(in.reg(0)), xmm(in.reg(1)));
            case UCOMI -> {
                if (in.width() == Width.SS) {
                    asm.ucomiss(xmm(in.reg(0)), xmm(in.reg(1)));
                } else {
                    asm.ucomisd(xmm(in.reg(0)), xmm(in.reg(1)));
                }
            }
            case CVT_INT_TO_FLOAT -> intToFloat(in);
            case CVT_FLOAT_TO_INT -> floatToInt(in);
            case CVT_FLOAT_TO_FLOAT -> {
                if (in.width() == Width.SD) {
                    asm.cvtss2sd(xmm(in.reg(0)), xmm(in.reg(1)));
                } else {
                    asm.cvtsd2ss(xmm(in.reg(0)), xmm(in.reg(1)));
                }
            }
            case MOVQ_TO_GPR -> {
                if (in.width() == Width.SS) {
                    asm.movd(gpr(in.reg(0)), xmm(in.reg(1)));
                } else {
                    asm.movq(gpr(in.reg(0)), xmm(in.reg(1)));
                }
            }
            case MOVQ_TO_XMM -> {
                if (in.width() == Width.SS) {
                    asm.movd(xmm(in.reg(0)), gpr(in.reg(1)));
                } else {
                    asm.movq(xmm(in.reg(0)), gpr(in.reg(1)));
                }
            }
            case UNPCKLPS -> asm.unpcklps(xmm(in.reg(0)), xmm(in.reg(1)));
            case SHUFPS_IMM -> asm.shufps(xmm(in.reg(0)), xmm(in.reg(1)), (int) imm(in, 2));
            case LABEL_HERE -> {
            }
            default -> throw new IllegalStateException("no encoding for machine op " + op);
        }
    }

    private static ShiftOperation shiftOperation(Op op) {
        return switch (op) {
            case SHL, SHL_IMM -> ShiftOperation.SHL;
            case SHR, SHR_IMM -> ShiftOperation.SHR;
            case SAR, SAR_IMM -> ShiftOperation.SAR;
            case ROL, ROL_IMM -> ShiftOperation.ROL;
            case ROR, ROR_IMM -> ShiftOperation.ROR;
            default -> throw new IllegalStateException("not a shift: " + op);
        };
    }

    private static long imm(MachineInstruction in, int i) {
        return ((Operand.Imm) in.operand(i)).value();
    }

    private void alu(MachineInstruction in, AluOperation op) {
        if (in.operand(1) instanceof Operand.Imm k) {
            asm.alu(op, size(in.width()), gpr(in.reg(0)), k.value());
        } else {
            asm.alu(op, size(in.width()), gpr(in.reg(0)), gpr(in.reg(1)));
        }
    }

    private void loadExtended(MachineInstruction in) {
        Width from = in.sourceWidth();
        Width to = in.width();
        Address a = address(in.mem(1));
        if (from == Width.L && in.op() == Op.LOAD_ZX) {
            asm.mov(OperandSize.DWORD, gpr(in.reg(0)), a);
        } else if (from.bytes() >= to.bytes()) {
            asm.mov(size(to), gpr(in.reg(0)), a);
        } else {
            asm.extend(in.op() == Op.LOAD_SX, size(to), size(from), gpr(in.reg(0)), a);
        }
    }

    private void extendRegister(MachineInstruction in) {
        Width from = in.sourceWidth();
        Width to = in.width();
        boolean signed = in.op() == Op.MOVSX;
        if (from == Width.L && !signed) {
            asm.mov(OperandSize.DWORD, gpr(in.reg(0)), gpr(in.reg(1)));
        } else if (from.bytes() >= to.bytes()) {
            if (in.reg(0) != in.reg(1)) {
                asm.movq(gpr(in.reg(0)), gpr(in.reg(1)));
            }
        } else {
            asm.extend(signed, size(to), size(from), gpr(in.reg(0)), gpr(in.reg(1)));
        }
    }

    private void floatArithmetic(MachineInstruction in) {
        Xmm d = xmm(in.reg(0));
        Xmm s = xmm(in.reg(1));
        boolean single = in.width() == Width.SS;
        if (in.width() == Width.PS) {
            switch (in.op()) {
                case FADD -> asm.addps(d, s);
                case FSUB -> asm.subps(d, s);
                case FMUL -> asm.mulps(d, s);
                case FDIV -> asm.divps(d, s);
                case FMIN -> asm.minps(d, s);
                default -> asm.maxps(d, s);
            }
            return;
        }
        switch (in.op()) {
            case FADD -> {
                if (single) {
                    asm.addss(d, s);
                } else {
                    asm.addsd(d, s);
                }
            }
            case FSUB -> {
                if (single) {
                    asm.subss(d, s);
                } else {
                    asm.subsd(d, s);
                }
            }
            case FMUL -> {
                if (single) {
                    asm.mulss(d, s);
                } else {
                    asm.mulsd(d, s);
                }
            }
            case FDIV -> {
                if (single) {
                    asm.divss(d, s);
                } else {
                    asm.divsd(d, s);
                }
            }
            case FMIN -> {
                if (single) {
                    asm.minss(d, s);
                } else {
                    asm.minsd(d, s);
                }
            }
            default -> {
                if (single) {
                    asm.maxss(d, s);
                } else {
                    asm.maxsd(d, s);
                }
            }
        }
    }

    private void intToFloat(MachineInstruction in) {
        Xmm d = xmm(in.reg(0));
        Gpr s = gpr(in.reg(1));
        boolean wide = in.sourceWidth() == Width.Q;
        if (in.width() == Width.SS) {
            if (wide) {
                asm.cvtsi2ssq(d, s);
            } else {
                asm.cvtsi2ssl(d, s);
            }
        } else if (wide) {
            asm.cvtsi2sdq(d, s);
        } else {
            asm.cvtsi2sdl(d, s);
        }
    }

    private void floatToInt(MachineInstruction in) {
        Gpr d = gpr(in.reg(0));
        Xmm s = xmm(in.reg(1));
        boolean wide = in.width() == Width.Q;
        if (in.sourceWidth() == Width.SS) {
            if (wide) {
                asm.cvttss2siq(d, s);
            } else {
                asm.cvttss2sil(d, s);
            }
        } else if (wide) {
            asm.cvttsd2siq(d, s);
        } else {
            asm.cvttsd2sil(d, s);
        }
    }
}
