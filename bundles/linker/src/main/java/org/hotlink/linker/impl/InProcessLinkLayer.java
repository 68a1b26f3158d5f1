package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hotlink.codegen.RelocatableObject;
import org.hotlink.codegen.StubWriter;
import org.hotlink.codegen.SymbolKind;
import org.hotlink.diagnostic.DuplicateSymbolException;
import org.hotlink.diagnostic.LinkException;
import org.hotlink.linker.ExternalSymbols;
import org.hotlink.linker.LazyFunction;
import org.hotlink.linker.LinkLayer;
import org.hotlink.linker.LinkUpdate;
import org.hotlink.linker.LinkedObject;
import org.hotlink.linker.ModuleReplacement;
import org.hotlink.memory.MemoryArena;

/**
 * One engine's symbol table over its arena. Every function name has one entry stub and slot, every
 * name reached through a GOT one GOT slot; updates, materializations of lazy functions, external
 * bindings, the undefined-function handler and the lazy compiler change only slot values (one
 * atomic store each), never code. One lock (this object's monitor) guards the table; compiled
 * code never takes it, as it only reads slots (the lazy compiler it calls does, through
 * {@link #lazyFunction}, {@link #materialize} and {@link #stubTarget}, and nothing holding the
 * lock waits for compiled code). The layer never releases retired memory itself: {@link #update}
 * hands it to the caller.
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

    /** Stores {@code address} into the compiler slot of every stub block, present and future. */
    @Override
    public synchronized void setLazyCompiler(long address) {
        checkOpen();
        table.stubs.setLazyCompiler(address);
    }

    /**
     * Answers only while the call would really compile: the stub is in use under a name, the
     * definition in effect is a lazy one of the defining module's version in effect, and the slot
     * still holds the stub's lazy landing.
     */
    @Override
    public synchronized Optional<LazyFunction> lazyFunction(long stubAddress) {
        SymbolEntry entry = table.stubOwners.get(stubAddress);
        Definition definition = entry == null ? null : entry.definition();
        if (definition == null || !definition.lazy()) {
            return Optional.empty();
        }
        LoadedModule module = table.modules.get(definition.module());
        EntryStub stub = entry.stub();
        if (module == null || stub.address() != stubAddress || stub.slot().load() != stub.lazyLanding()) {
            return Optional.empty();
        }
        return Optional.of(new LazyFunction(module.name(), module.version(), entry.name()));
    }

    @Override
    public synchronized long stubTarget(long stubAddress) {
        EntryStub stub = closed ? null : table.stubs.find(stubAddress);
        if (stub == null) {
            throw new IllegalArgumentException("0x" + Long.toHexString(stubAddress) + " is not an entry stub of this link layer");
        }
        return stub.slot().load();
    }

    @Override
    public synchronized Optional<LinkedObject> materialize(LazyFunction function, RelocatableObject code) throws LinkException {
        checkOpen();
        return new MaterializeTransaction(table).run(function, code);
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
