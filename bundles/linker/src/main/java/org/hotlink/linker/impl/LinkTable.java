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
 * slots and name strings handed out from the arena, the owner of each stub in use, and the memory
 * retired so far. Not thread-safe: the layer's lock guards it, and only a publishing update or
 * materialization changes the maps.
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
    /**
     * The entry that uses each stub in use under a name, by stub address, so the lazy-compile path
     * can tell which function a stub belongs to. A fresh function's detached stub maps to nothing.
     */
    final Map<Long, SymbolEntry> stubOwners = new HashMap<>();
    private long lastVersion;

    LinkTable(MemoryArena arena, StubWriter stubWriter, ExternalSymbols externals) {
        this.arena = arena;
        this.externals = externals;
        this.names = new NameStrings(arena);
        this.stubs = new EntryStubs(arena, stubWriter, names);
        this.gots = new GotSlots(arena);
    }

    /** A number for a new module version, unique within the layer. */
    long nextVersion() {
        return ++lastVersion;
    }

    /** Records that {@code entry} uses its stub now, and that {@code detached} (if not null) no longer belongs to it. */
    void ownStub(SymbolEntry entry, EntryStub detached) {
        if (detached != null) {
            stubOwners.remove(detached.address());
        }
        if (entry.stub() != null) {
            stubOwners.put(entry.stub().address(), entry);
        }
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
        stubOwners.clear();
    }
}
