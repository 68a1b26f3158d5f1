package org.hotlink.backend.x86.lower;

import java.util.ArrayList;
import java.util.List;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.AllocaInstruction;
import org.hotlink.ir.AtomicRmwInstruction;
import org.hotlink.ir.BasicBlock;
import org.hotlink.ir.BinaryInstruction;
import org.hotlink.ir.BlockAddress;
import org.hotlink.ir.BranchInstruction;
import org.hotlink.ir.CallInstruction;
import org.hotlink.ir.CastInstruction;
import org.hotlink.ir.CmpXchgInstruction;
import org.hotlink.ir.CompareInstruction;
import org.hotlink.ir.Constant;
import org.hotlink.ir.ConstantAggregate;
import org.hotlink.ir.ConstantExpression;
import org.hotlink.ir.ConstantInt;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.ExtractElementInstruction;
import org.hotlink.ir.ExtractValueInstruction;
import org.hotlink.ir.InsertElementInstruction;
import org.hotlink.ir.ShuffleVectorInstruction;
import org.hotlink.ir.FenceInstruction;
import org.hotlink.ir.Function;
import org.hotlink.ir.GetElementPtrInstruction;
import org.hotlink.ir.IndirectBranchInstruction;
import org.hotlink.ir.InsertValueInstruction;
import org.hotlink.ir.Instruction;
import org.hotlink.ir.LoadInstruction;
import org.hotlink.ir.PhiInstruction;
import org.hotlink.ir.ReturnInstruction;
import org.hotlink.ir.SelectInstruction;
import org.hotlink.ir.StoreInstruction;
import org.hotlink.ir.SwitchInstruction;
import org.hotlink.ir.UnaryInstruction;
import org.hotlink.ir.VaArgInstruction;
import org.hotlink.ir.Value;

/**
 * Instruction selection: turns one IR function into a {@link MachineFunction} on virtual registers.
 *
 * <p>Design: IR blocks are lowered in their order, each into a chain of machine blocks (the first
 * one is the block's entry; lowering may add blocks for compare chains, atomic loops and split
 * edges). Every IR value gets virtual registers by {@link ValueKinds}; constants are materialized
 * at each use. Static allocas in the entry block become frame slots addressed directly by loads
 * and stores. A compare whose only user is the branch or select of its block is not materialized
 * but re-emitted as flags right before that user. Phi nodes become parallel copies on incoming
 * edges ({@link PhiCopies}); edges leaving a block with several successors are split first so the
 * copies run only on their edge. The SysV convention lives in {@code abi}.
 */
public final class FunctionLowering {
    private final LoweringContext cx;

    public FunctionLowering(Function function, DataLayout layout, ModuleSymbols symbols) {
        this.cx = new LoweringContext(new MachineFunction(function.name()), function, layout, symbols);
    }

    /** Lowers the function; the result still uses virtual registers and contains no phi copies left to place. */
    public LoweredFunction lower() throws UnsupportedConstructException {
        Function f = cx.function;
        if (f.gc() != null) {
            throw new UnsupportedConstructException("unsupported: garbage collector " + f.gc(), f.location());
        }
        if (f.hasPersonality()) {
            throw new UnsupportedConstructException("unsupported: exception handling (personality) in @" + f.name(),
                    f.location());
        }
        List<MachineBlock> entries = new ArrayList<>(f.blocks().size());
        for (BasicBlock b : f.blocks()) {
            entries.add(cx.mf.newBlock(f.name(), blockName(b)));
        }
        cx.blocks = new BlockChains(f.blocks(), entries);
        scanOperands();
        BasicBlock entry = f.entryBlock();
        cx.currentIrBlock = entry;
        cx.switchTo(cx.blocks.first(entry));
        placeStaticAllocas(entry);
        ArgumentLowering.lowerIncoming(cx);
        for (BasicBlock b : f.blocks()) {
            cx.currentIrBlock = b;
            cx.switchTo(cx.blocks.first(b));
            for (Instruction in : b.instructions()) {
                cx.currentInstruction = in;
                lowerInstruction(in);
            }
        }
        cx.currentInstruction = null;
        cx.mf.blocks().addAll(cx.orderedBlocks());
        return new LoweredFunction(cx.mf, cx.blockSymbols);
    }

    static String blockName(BasicBlock b) {
        return b.name() == null ? "bb" : b.name();
    }

    /**
     * One walk over every operand: counts the uses of compares (see {@link LoweringContext#useCount}),
     * and gives blocks reachable through indirectbr or named by a blockaddress (also one nested in a
     * constant expression) a LOCAL symbol.
     */
    private void scanOperands() {
        for (BasicBlock b : cx.function.blocks()) {
            List<Instruction> list = b.instructions();
            for (int i = 0, size = list.size(); i < size; i++) {
                Instruction in = list.get(i);
                if (in instanceof IndirectBranchInstruction ib) {
                    for (BasicBlock d : ib.destinations()) {
                        markBlock(d);
                    }
                }
                for (int k = 0, n = in.operandCount(); k < n; k++) {
                    Value op = in.operand(k);
                    if (op instanceof CompareInstruction c) {
                        cx.countCompareUse(c);
                    } else if (op instanceof BlockAddress || op instanceof ConstantExpression
                            || op instanceof ConstantAggregate) {
                        markBlockAddressesIn((Constant) op);
                    }
                }
            }
        }
    }

    /** Marks the blocks of this function that {@code c} takes the address of, also inside constant expressions. */
    private void markBlockAddressesIn(Constant c) {
        if (c instanceof BlockAddress ba) {
            if (ba.function() == cx.function && ba.block() != null) {
                markBlock(ba.block());
            }
        } else if (c instanceof ConstantExpression e) {
            for (Constant operand : e.operands()) {
                markBlockAddressesIn(operand);
            }
        } else if (c instanceof ConstantAggregate a) {
            for (Constant element : a.elements()) {
                markBlockAddressesIn(element);
            }
        }
    }

    private void markBlock(BasicBlock b) {
        MachineBlock mb = cx.blocks.first(b);
        if (mb != null && !cx.blockSymbols.containsKey(mb)) {
            String sym = ModuleSymbols.blockSymbol(cx.function, b);
            cx.blockSymbols.put(mb, sym);
            mb.setAddressSymbol(sym);
        }
    }

    private void placeStaticAllocas(BasicBlock entry) throws UnsupportedConstructException {
        for (Instruction in : entry.instructions()) {
            if (in instanceof AllocaInstruction a && a.count() instanceof ConstantInt n) {
                long size = cx.allocSizeOf(a.allocatedType()) * Math.max(1, n.longValue());
                int alignment = (int) Math.max(a.alignment(), cx.layout.abiAlignmentOf(a.allocatedType()));
                if (alignment > 16) {
                    // over-aligned: allocated like a dynamic alloca, which realigns RSP
                    continue;
                }
                cx.staticAllocas.put(a, cx.mf.newSlot(size, alignment));
            }
        }
    }

    private void lowerInstruction(Instruction in) throws UnsupportedConstructException {
        if (in.isDebugIntrinsicCall()) {
            return;
        }
        if (in instanceof BinaryInstruction b) {
            if (b.type().isFloatingPointOrVector()) {
                FloatLowering.binary(cx, b);
            } else {
                IntegerLowering.binary(cx, b);
            }
        } else if (in instanceof CastInstruction c) {
            CastLowering.cast(cx, c);
        } else if (in instanceof CompareInstruction c) {
            CompareLowering.compare(cx, c);
        } else if (in instanceof SelectInstruction s) {
            CompareLowering.select(cx, s);
        } else if (in instanceof LoadInstruction l) {
            MemoryLowering.load(cx, l);
        } else if (in instanceof StoreInstruction s) {
            MemoryLowering.store(cx, s);
        } else if (in instanceof GetElementPtrInstruction g) {
            MemoryLowering.getElementPtr(cx, g);
        } else if (in instanceof AllocaInstruction a) {
            MemoryLowering.alloca(cx, a);
        } else if (in instanceof CallInstruction c) {
            CallLowering.call(cx, c);
        } else if (in instanceof PhiInstruction p) {
            cx.resultRegs(p);
        } else if (in instanceof BranchInstruction
                || in instanceof SwitchInstruction
                || in instanceof ReturnInstruction
                || in instanceof IndirectBranchInstruction
                || in.opcode() == org.hotlink.ir.Opcode.UNREACHABLE) {
            ControlFlowLowering.terminator(cx, in);
        } else if (in instanceof UnaryInstruction u) {
            if (u.opcode() == org.hotlink.ir.Opcode.FREEZE) {
                AggregateLowering.copyValue(cx, u, u.operand());
            } else {
                FloatLowering.negate(cx, u);
            }
        } else if (in instanceof ExtractValueInstruction e) {
            AggregateLowering.extractValue(cx, e);
        } else if (in instanceof InsertValueInstruction i) {
            AggregateLowering.insertValue(cx, i);
        } else if (in instanceof AtomicRmwInstruction a) {
            AtomicLowering.atomicRmw(cx, a);
        } else if (in instanceof CmpXchgInstruction c) {
            AtomicLowering.cmpXchg(cx, c);
        } else if (in instanceof ExtractElementInstruction e) {
            VectorLowering.extractElement(cx, e);
        } else if (in instanceof InsertElementInstruction i) {
            VectorLowering.insertElement(cx, i);
        } else if (in instanceof ShuffleVectorInstruction s) {
            VectorLowering.shuffle(cx, s);
        } else if (in instanceof VaArgInstruction v) {
            VarArgsLowering.vaArg(cx, v);
        } else if (in instanceof FenceInstruction f) {
            AtomicLowering.fence(cx, f);
        } else {
            throw cx.unsupported("instruction " + in.opcode().name().toLowerCase());
        }
    }
}
