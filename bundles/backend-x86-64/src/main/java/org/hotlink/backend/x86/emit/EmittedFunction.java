package org.hotlink.backend.x86.emit;

import java.util.List;
import java.util.Map;

import org.hotlink.backend.x86.mir.MachineFunction;
import org.hotlink.x86.asm.AsmRelocation;

/**
 * The machine code of one function: its bytes, the relocations inside them, the offsets of its
 * block-address symbols, and for each jump table the code offsets of its entries.
 */
public record EmittedFunction(byte[] code, List<AsmRelocation> relocations, Map<String, Integer> blockSymbolOffsets,
                              Map<MachineFunction.JumpTable, int[]> jumpTableOffsets) {
}
