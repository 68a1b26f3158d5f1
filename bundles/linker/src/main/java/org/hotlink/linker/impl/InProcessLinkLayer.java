package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.StubWriter;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.hotlink.memory.MemoryArena;

/**
 * One engine's symbol table over its arena. Every function name has one entry stub and slot, every
 * name reached through a GOT one GOT slot; updates, external bindings and the undefined-function
 * handler change only slot values (one atomic store each), never code. One lock (this object's
 * monitor) guards the table; compiled code never takes it, as it only reads slots. The layer
 * never releases retired memory itself: {@link #update} hands it to the caller.
 */
final class InProcessLinkLayer implements LinkLayer {
    private final LinkTable table;
    private boolean closed;

    InProcessLinkLayer(MemoryArena arena, StubWriter stubWriter, ExternalSymbols externals) {
        this.table = new LinkTable(arena, stubWriter, externals);
    }

    @Override
    public synchronized LinkedObject add(RelocatableObject object) throws LinkException, DuplicateSymbolException {
        checkOpen();
        if (table.modules.containsKey(object.moduleName())) {
            throw new LinkException("module '" + object.moduleName() + "' is already loaded; replace it with update()");
        }
        return update(List.of(ModuleReplacement.of(object))).linked().get(0);
    }

    @Override
    public synchronized LinkUpdate update(List<ModuleReplacement> replacements) throws LinkException, DuplicateSymbolException {
        checkOpen();
        return new UpdateTransaction(table).run(replacements);
    }

    /** Binds, or rebinds when the external source's answer changed, every name no compiled code defines. */
    @Override
    public synchronized void bindExternals() {
        checkOpen();
        for (SymbolEntry entry : table.globals.values()) {
            if (entry.definition() != null || !entry.isReferenced()) {
                continue;
            }
            OptionalLong address = table.externals.lookup(entry.name());
            if (!address.equals(entry.external())) {
                entry.bindExternal(address);
                entry.publish();
            }
        }
    }

    @Override
    public synchronized List<String> undefinedSymbols() {
        List<String> undefined = new ArrayList<>();
        for (SymbolEntry entry : table.globals.values()) {
            if (entry.isStronglyReferenced() && entry.target().isEmpty() && table.externals.lookup(entry.name()).isEmpty()) {
                undefined.add(entry.name());
            }
        }
        undefined.sort(null);
        return undefined;
    }

    @Override
    public synchronized OptionalLong lookup(String name) {
        SymbolEntry entry = table.globals.get(name);
        if (entry == null || entry.target().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(entry.kind() == SymbolKind.FUNCTION ? entry.stub().address() : entry.target().getAsLong());
    }

    @Override
    public synchronized String definingModule(String name) {
        SymbolEntry entry = table.globals.get(name);
        Definition definition = entry == null ? null : entry.definition();
        return definition == null ? null : definition.module();
    }

    /** Stores {@code address} into the handler slot of every stub block, present and future. */
    @Override
    public synchronized void setUndefinedFunctionHandler(long address) {
        checkOpen();
        table.stubs.setHandler(address);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        table.releaseAll();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("link layer is closed");
        }
    }
}
