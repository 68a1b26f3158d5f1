package org.hotlink.linker.impl;

import java.util.List;
import java.util.Map;
import org.hotlink.linker.CodeRange;
import org.hotlink.linker.LinkedObject;
import org.hotlink.memory.FinalizedAllocation;

/**
 * An object the layer placed: its memory, its local symbols (kept alive with it) and the
 * addresses of the definitions it contributed (a function's stub, a data symbol's storage; a weak
 * definition that yielded to another is not listed).
 */
record PlacedObject(String moduleName, FinalizedAllocation memory, List<SymbolEntry> locals,
                    Map<String, Long> definitions, long codeBytes, List<CodeRange> functionBodies)
        implements LinkedObject {
    PlacedObject {
        locals = List.copyOf(locals);
        definitions = Map.copyOf(definitions);
        functionBodies = List.copyOf(functionBodies);
    }
}
