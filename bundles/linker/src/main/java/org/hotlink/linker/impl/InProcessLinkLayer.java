package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.StubWriter;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkedObject;
import org.hotlink.memory.MemoryArena;

/**
 * One engine's symbol table over its arena. Every function name has one entry stub and slot, every
 * name reached through a GOT one GOT slot; definitions, external bindings and the
 * undefined-function target change only slot values (one atomic store each), never code. One lock
 * guards the table; compiled code never takes it, as it only reads slots.
 */
final class InProcessLinkLayer implements LinkLayer {
    private final MemoryArena arena;
    private final ExternalSymbols externals;
    private final EntryStubs stubs;
    private final GotSlots gots;
    private final Map<String, SymbolEntry> globals = new HashMap<>();
    private final List<PlacedObject> objects = new ArrayList<>();
    private long undefinedFunctionTarget;
    private boolean closed;

    InProcessLinkLayer(MemoryArena arena, StubWriter stubWriter, ExternalSymbols externals) {
        this.arena = arena;
        this.externals = externals;
        this.stubs = new EntryStubs(arena, stubWriter);
        this.gots = new GotSlots(arena);
    }

    @Override
    public synchronized LinkedObject add(RelocatableObject object) throws LinkException, DuplicateSymbolException {
        checkOpen();
        PlacedObject placed = new ObjectLinking(object, globals, stubs, gots, arena, undefinedFunctionTarget).link();
        objects.add(placed);
        return placed;
    }

    /** Binds, or rebinds when the external source's answer changed, every name no compiled code defines. */
    @Override
    public synchronized void bindExternals() {
        checkOpen();
        for (SymbolEntry entry : globals.values()) {
            if (entry.definition() != null || !entry.isReferenced()) {
                continue;
            }
            OptionalLong address = externals.lookup(entry.name());
            if (!address.equals(entry.external())) {
                entry.bindExternal(address);
                entry.publish(undefinedFunctionTarget);
            }
        }
    }

    @Override
    public synchronized List<String> undefinedSymbols() {
        List<String> undefined = new ArrayList<>();
        for (SymbolEntry entry : globals.values()) {
            if (entry.isStronglyReferenced() && entry.target().isEmpty() && externals.lookup(entry.name()).isEmpty()) {
                undefined.add(entry.name());
            }
        }
        undefined.sort(null);
        return undefined;
    }

    @Override
    public synchronized OptionalLong lookup(String name) {
        SymbolEntry entry = globals.get(name);
        if (entry == null || entry.target().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(entry.kind() == SymbolKind.FUNCTION ? entry.stub().address() : entry.target().getAsLong());
    }

    @Override
    public synchronized void setUndefinedFunctionTarget(long address) {
        checkOpen();
        undefinedFunctionTarget = address;
        stubs.setUndefinedTarget(address);
        for (SymbolEntry entry : globals.values()) {
            if (entry.kind() == SymbolKind.FUNCTION && entry.target().isEmpty()) {
                entry.publish(address);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (PlacedObject object : objects) {
            object.memory().release();
        }
        objects.clear();
        stubs.releaseAll();
        gots.releaseAll();
        globals.clear();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("link layer is closed");
        }
    }
}
