package org.hotlink.linker.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.hotlink.codegen.SymbolKind;

/**
 * Everything the layer knows about one name (or one local symbol of one object): its kind, the
 * definition in effect or the external it is bound to, its entry stub (functions) and GOT slot
 * (when some code reaches it through one), and whether any object refers to it strongly.
 * Guarded by the layer's lock.
 */
final class SymbolEntry {
    private final String name;
    private final SymbolKind kind;
    private final EntryStub stub;
    private PointerSlot got;
    private Definition definition;
    private OptionalLong external = OptionalLong.empty();
    private boolean referenced;
    private boolean strongReference;
    private final List<DeferredReference> deferred = new ArrayList<>();

    SymbolEntry(String name, SymbolKind kind, EntryStub stub) {
        LinkerChecks.check((kind == SymbolKind.FUNCTION) == (stub != null), "a symbol has an entry stub exactly when it is a function");
        this.name = name;
        this.kind = kind;
        this.stub = stub;
    }

    String name() {
        return name;
    }

    SymbolKind kind() {
        return kind;
    }

    EntryStub stub() {
        return stub;
    }

    PointerSlot got() {
        return got;
    }

    void setGot(PointerSlot slot) {
        LinkerChecks.check(got == null, "a symbol gets one GOT slot");
        got = slot;
    }

    Definition definition() {
        return definition;
    }

    void define(Definition newDefinition) {
        definition = newDefinition;
    }

    OptionalLong external() {
        return external;
    }

    void bindExternal(OptionalLong address) {
        external = address;
    }

    boolean isReferenced() {
        return referenced;
    }

    boolean isStronglyReferenced() {
        return strongReference;
    }

    void addReference(boolean strong) {
        referenced = true;
        strongReference |= strong;
    }

    void addDeferred(DeferredReference reference) {
        deferred.add(reference);
    }

    /** Where the name leads now: a compiled definition first, then an external binding. */
    OptionalLong target() {
        if (definition != null) {
            return OptionalLong.of(definition.address());
        }
        return external;
    }

    /**
     * The address other code uses for the name: a function's entry stub, a data symbol's storage.
     * A function with no target that only weak references name is null (0), as extern_weak needs.
     */
    long address() {
        if (kind == SymbolKind.FUNCTION) {
            return target().isPresent() || strongReference ? stub.address() : 0L;
        }
        return target().orElse(0L);
    }

    /** Stores the current state into the slots compiled code reads: stub slot, GOT slot, deferred data. */
    void publish(long undefinedFunctionTarget) {
        if (stub != null) {
            stub.slot().store(target().orElse(undefinedFunctionTarget));
        }
        long address = address();
        if (got != null) {
            got.store(address);
        }
        for (DeferredReference reference : deferred) {
            reference.update(address);
        }
    }
}
