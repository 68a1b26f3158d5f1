package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlink.linker.RetiredMemory;
import org.hotlink.memory.FinalizedAllocation;

/**
 * The layer's record of one module in effect: the memory of its current version (the code placed
 * with it and the code materialized since for its lazy functions), the code of older versions
 * still reached through detached stubs, the data of every version (kept state may live in an old
 * version's data until the module is removed), its local symbols, and the global names it defines
 * and refers to. Immutable; an update or a materialization replaces the record.
 *
 * @param name              the module
 * @param linked            what the update that loaded this version reported (its version number included)
 * @param code              this version's code, or null when it has no code sections
 * @param materialized      code placed later for this version's lazy functions, with its bodies
 * @param pinnedCode        code of older versions that a detached stub still leads into, with its bodies
 * @param data              data allocations of every version, oldest first
 * @param locals            local symbols of this version by name
 * @param definedGlobals    global names it has a definition candidate for
 * @param referencedGlobals global names it refers to without defining them
 * @param detachedStubs     stubs of older versions' fresh functions, no longer reached by name
 */
record LoadedModule(String name, PlacedObject linked, FinalizedAllocation code, List<RetiredMemory> materialized,
                    List<RetiredMemory> pinnedCode, List<FinalizedAllocation> data, Map<String, SymbolEntry> locals,
                    Set<String> definedGlobals, Set<String> referencedGlobals, List<EntryStub> detachedStubs) {
    LoadedModule {
        materialized = List.copyOf(materialized);
        pinnedCode = List.copyOf(pinnedCode);
        data = List.copyOf(data);
        locals = Map.copyOf(locals);
        definedGlobals = Set.copyOf(definedGlobals);
        referencedGlobals = Set.copyOf(referencedGlobals);
        detachedStubs = List.copyOf(detachedStubs);
    }

    long version() {
        return linked.version();
    }

    /**
     * This version's code as retired memory would describe it: the code placed with it (if any) and
     * every materialized function's code. They go out of use together, when the version does.
     */
    List<RetiredMemory> currentCode() {
        List<RetiredMemory> current = new ArrayList<>();
        if (code != null) {
            current.add(new RetiredMemory(name, code, linked.functionBodies()));
        }
        current.addAll(materialized);
        return current;
    }

    /** The record once a lazy function's code is placed: that code added, and the global names it refers to. */
    LoadedModule withMaterialized(RetiredMemory functionCode, Set<String> newReferences) {
        List<RetiredMemory> allMaterialized = new ArrayList<>(materialized);
        allMaterialized.add(functionCode);
        Set<String> referenced = new HashSet<>(referencedGlobals);
        referenced.addAll(newReferences);
        return new LoadedModule(name, linked, code, allMaterialized, pinnedCode, data, locals, definedGlobals, referenced,
                detachedStubs);
    }

    /** Releases every allocation, for closing the layer. */
    void releaseAll() {
        for (RetiredMemory current : currentCode()) {
            current.memory().release();
        }
        for (RetiredMemory old : pinnedCode) {
            old.memory().release();
        }
        for (FinalizedAllocation allocation : data) {
            allocation.release();
        }
    }
}
