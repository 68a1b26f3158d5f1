package org.hotlink.backend.x86;

import org.hotlink.backend.x86.emit.EmittedFunction;
import org.hotlink.backend.x86.emit.FrameLayout;
import org.hotlink.backend.x86.emit.MachineCodeEmitter;
import org.hotlink.backend.x86.lower.FunctionLowering;
import org.hotlink.backend.x86.lower.LoweredFunction;
import org.hotlink.backend.x86.lower.ModuleSymbols;
import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.backend.x86.regalloc.Allocation;
import org.hotlink.backend.x86.regalloc.LinearScanAllocator;
import org.hotlink.backend.x86.regalloc.SpillRewriter;
import org.hotlink.diagnostic.UnsupportedConstructException;
import org.hotlink.ir.DataLayout;
import org.hotlink.ir.Function;

/** The pipeline for one function: lowering, linear-scan allocation, spill rewriting, frame layout, encoding. */
final class FunctionCompiler {
    private FunctionCompiler() {
    }

    static EmittedFunction compile(Function function, DataLayout layout, ModuleSymbols symbols)
            throws UnsupportedConstructException {
        LoweredFunction lowered = new FunctionLowering(function, layout, symbols).lower();
        return encode(lowered.function());
    }

    /** Allocates registers for a lowered function and encodes it (also used by tests on hand-built MIR). */
    static EmittedFunction encode(MachineFunction mf) {
        Allocation allocation = new LinearScanAllocator().allocate(mf);
        new SpillRewriter().rewrite(mf, allocation);
        FrameLayout frame = new FrameLayout(mf, allocation.usedCalleeSaved());
        return new MachineCodeEmitter(mf, frame).emit();
    }
}
