package org.hotlink.linker.impl;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlink.linker.RetiredMemory;
import org.hotlink.memory.FinalizedAllocation;

/**
 * The layer's record of one module in effect: the memory of its current version, the code of
 * older versions still reached through detached stubs, the data of every version (kept state may
 * live in an old version's data until the module is removed), its local symbols, and the global
 * names it defines and refers to. Immutable; an update replaces the record.
 *
 * @param name              the module
 * @param linked            what the update that loaded this version reported
 * @param code              this version's code, or null when it has no code sections
 * @param pinnedCode        code of older versions that a detached stub still leads into, with its bodies
 * @param data              data allocations of every version, oldest first
 * @param locals            local symbols of this version by name
 * @param definedGlobals    global names it has a definition candidate for
 * @param referencedGlobals global names it refers to without defining them
 * @param detachedStubs     stubs of older versions' fresh functions, no longer reached by name
 */
record LoadedModule(String name, PlacedObject linked, FinalizedAllocation code, List<RetiredMemory> pinnedCode,
                    List<FinalizedAllocation> data, Map<String, SymbolEntry> locals, Set<String> definedGlobals,
                    Set<String> referencedGlobals, List<EntryStub> detachedStubs) {
    LoadedModule {
        pinnedCode = List.copyOf(pinnedCode);
        data = List.copyOf(data);
        locals = Map.copyOf(locals);
        definedGlobals = Set.copyOf(definedGlobals);
        referencedGlobals = Set.copyOf(referencedGlobals);
        detachedStubs = List.copyOf(detachedStubs);
    }

    /** This version's code, as retired memory would describe it, or null when it has none. */
    RetiredMemory codeAsRetired() {
        return code == null ? null : new RetiredMemory(name, code, linked.functionBodies());
    }

    /** Releases every allocation, for closing the layer. */
    void releaseAll() {
        if (code != null) {
            code.release();
        }
        for (RetiredMemory old : pinnedCode) {
            old.memory().release();
        }
        for (FinalizedAllocation allocation : data) {
            allocation.release();
        }
    }
}
