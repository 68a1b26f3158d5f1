package org.hotlink.backend.x86.lower;

import java.util.Map;

import org.hotlink.backend.x86.mir.MachineBlock;
import org.hotlink.backend.x86.mir.MachineFunction;

/** A lowered function and the LOCAL symbols it defines at block addresses. */
public record LoweredFunction(MachineFunction function, Map<MachineBlock, String> blockSymbols) {
}
