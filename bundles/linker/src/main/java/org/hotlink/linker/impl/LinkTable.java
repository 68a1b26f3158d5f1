package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hotlink.codegen.StubWriter;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.memory.FinalizedAllocation;
import org.hotlink.memory.MemoryArena;

/**
 * The state of one link layer: global names, loaded modules (in load order), the stubs, GOT
 * slots and name strings handed out from the arena, and the memory retired so far. Not
 * thread-safe: the layer's lock guards it, and only a publishing update changes the maps.
 */
final class LinkTable {
    final MemoryArena arena;
    final ExternalSymbols externals;
    final NameStrings names;
    final EntryStubs stubs;
    final GotSlots gots;
    final Map<String, SymbolEntry> globals = new HashMap<>();
    final Map<String, LoadedModule> modules = new LinkedHashMap<>();
    /**
     * Memory handed to callers as retired. The caller releases it; the layer only remembers it so
     * that {@link #releaseAll()} frees what the caller had not released yet (release is idempotent).
     */
    final List<FinalizedAllocation> retired = new ArrayList<>();

    LinkTable(MemoryArena arena, StubWriter stubWriter, ExternalSymbols externals) {
        this.arena = arena;
        this.externals = externals;
        this.names = new NameStrings(arena);
        this.stubs = new EntryStubs(arena, stubWriter, names);
        this.gots = new GotSlots(arena);
    }

    /** Frees every allocation of the layer. */
    void releaseAll() {
        for (LoadedModule module : modules.values()) {
            module.releaseAll();
        }
        modules.clear();
        for (FinalizedAllocation allocation : retired) {
            allocation.release();
        }
        retired.clear();
        stubs.releaseAll();
        gots.releaseAll();
        names.releaseAll();
        globals.clear();
    }
}
